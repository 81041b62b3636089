/** Status used when the request never got an HTTP answer (server down, offline, proxy error). */
export const NO_RESPONSE = 0;

/**
 * A failed API call, carrying a message fit to show a person. `status` is the HTTP status, or
 * NO_RESPONSE when the server could not be reached.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    message: string,
    readonly status: number,
    /** The server's error code when it sent one (e.g. 'token_revoked'). */
    readonly code?: string,
    /** The whole JSON error body, for answers that carry more than a message (a 422's `errors`). */
    readonly body?: unknown,
  ) {
    super(message);
  }

  get unreachable(): boolean {
    return this.status === NO_RESPONSE;
  }

  get notFound(): boolean {
    return this.status === 404;
  }
}

/** A message for any thrown value, for banners and toasts. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}
