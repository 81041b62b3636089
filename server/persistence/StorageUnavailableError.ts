/**
 * The shared store (PostgreSQL) cannot be reached right now: not a bug and not the caller's fault.
 * HTTP answers 503 `storage_unavailable` with Retry-After; a room whose write failed closes 1013.
 * The store reconnects by itself once the database is back.
 */
export class StorageUnavailableError extends Error {
  override readonly name = 'StorageUnavailableError';
  /** What a client should wait before trying again. */
  static readonly RETRY_AFTER_SECONDS = 5;
}
