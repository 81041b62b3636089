/** An error with the HTTP status and message the client should get, thrown anywhere in a handler. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** Extra headers, e.g. `Allow` on 405. */
    readonly headers: Record<string, string> = {},
    /** A machine-readable reason (`token_expired`, `role_forbidden`…), sent as `code` next to `error`. */
    readonly code?: string,
  ) {
    super(message);
  }
}
