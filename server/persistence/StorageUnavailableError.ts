/**
 * The store cannot take a write right now: the shared database (PostgreSQL) is unreachable, or a
 * doc's writes failed and are still draining. Not a bug and not the caller's fault: HTTP answers
 * 503 `storage_unavailable` with Retry-After, never a 200 for a change the disk does not hold; a
 * room whose write failed closes 1013. PostgreSQL reconnects by itself once it is back.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  /** What a client should wait by default before trying again. */
  static readonly RETRY_AFTER_SECONDS = 5;

  constructor(
    message = 'storage unavailable',
    /** Seconds the caller should wait before trying again (at least 1). */
    readonly retryAfterSeconds: number = StorageUnavailableError.RETRY_AFTER_SECONDS,
  ) {
    super(message);
  }

  /** A doc whose write failed: refused until the cooldown ends. */
  static forFailedDoc(retryAfterSeconds: number): StorageUnavailableError {
    return new StorageUnavailableError(
      `could not save the map; retry in ${retryAfterSeconds} s`,
      retryAfterSeconds,
    );
  }
}
