/**
 * A doc's writes failed (or are still draining after a failure): HTTP callers get 503 with
 * Retry-After, never a 200 for a change the disk does not hold.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';

  constructor(
    /** Seconds the caller should wait before trying again (at least 1). */
    readonly retryAfterSeconds: number,
  ) {
    super(`could not save the map; retry in ${retryAfterSeconds} s`);
  }
}
