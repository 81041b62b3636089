import type { Duplex } from 'node:stream';

/** What a malformed or stalled request is told, by Node's error code (as Node itself answers). */
const RESPONSES: Readonly<Record<string, string>> = {
  HPE_HEADER_OVERFLOW: '431 Request Header Fields Too Large',
  ERR_HTTP_REQUEST_TIMEOUT: '408 Request Timeout',
};

/**
 * Answers an HTTP parse error or timeout on a client's socket, then closes it. Only a socket that
 * was never answered gets a status line: on a reused keep-alive socket (something was written on it
 * already) a late error response would be read by the browser as the answer to its NEXT request —
 * a bare "400" for a request that was fine. Such a socket is just closed, and the browser retries.
 */
export function answerClientError(
  err: NodeJS.ErrnoException,
  socket: Duplex & { bytesWritten?: number },
): void {
  if (socket.writable && (socket.bytesWritten ?? 0) === 0) {
    const status = RESPONSES[err.code ?? ''] ?? '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  } else {
    socket.destroy();
  }
}
