/**
 * Every WebSocket close code the server sends, in one place. The stock y-websocket provider
 * reconnects on any code outside 4400–4499 and stops for good inside it, so "your message was bad"
 * and "this map is gone" live there, while shutdown and internal errors invite a reconnect.
 */
export const CloseCode = {
  /** Server is shutting down (SIGTERM/SIGINT); the client reconnects when it is back. */
  GOING_AWAY: 1001,
  /** A frame exceeded JOURNEY_MAX_MESSAGE_BYTES; sent by `ws` itself via `maxPayload`. */
  MESSAGE_TOO_BIG: 1009,
  /** Something failed on our side (e.g. the database refused a write); safe to reconnect. */
  INTERNAL_ERROR: 1011,
  /**
   * Try again later: storage failed (a full disk) and the doc is not reloaded for a while. The
   * reason says "retry in N s"; clients back off at least that long.
   */
  TRY_AGAIN_LATER: 1013,
  /** The client sent something we cannot decode or apply; reconnecting would repeat it. */
  MALFORMED_MESSAGE: 4400,
  /**
   * No usable share link: missing in locked mode, unknown, tampered with, expired or revoked (also
   * sent to open connections when their link is revoked or expires). The reason starts with the code.
   */
  UNAUTHORIZED: 4401,
  /** A valid share link, but for another map. */
  FORBIDDEN: 4403,
  /** The map does not exist (any more): deleted while connected. */
  MAP_NOT_FOUND: 4404,
  /** The socket did not start the sync (send sync step 1) within JOURNEY_SYNC_TIMEOUT_MS. */
  SYNC_TIMEOUT: 4408,
  /** A write would grow the doc past JOURNEY_MAX_DOC_BYTES; it was not applied. */
  DOC_TOO_LARGE: 4413,
  /**
   * The tab runs another version of Journey than the server (its map format differs: see
   * ws/clientSchema.ts): it must reload before it may read or write. Also sent to a stock client
   * that does not say its version.
   */
  OUTDATED_CLIENT: 4426,
  /**
   * A slow reader: the connection stayed over JOURNEY_MAX_UNSENT_BYTES of unsent data (it does not
   * read what it asks for). Clients reconnect with backoff.
   */
  SLOW_READER: 4420,
  /** The connection sent more messages or bytes per second than JOURNEY_MAX_*_PER_SECOND allow. */
  RATE_LIMITED: 4429,
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** WebSocket close reasons are limited to 123 UTF-8 bytes; longer ones make `ws` throw. */
export function closeReason(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= 123) return text;
  return (
    bytes
      .subarray(0, 120)
      .toString('utf8')
      .replace(/\uFFFD+$/, '') + '...'
  );
}
