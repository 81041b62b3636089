import type { IncomingMessage } from 'node:http';

/**
 * The address limits are counted against: the socket's peer, or, behind a proxy the operator
 * vouches for (JOURNEY_TRUST_PROXY=1), the last X-Forwarded-For entry — the one that proxy added.
 * Earlier entries come from the client and could be anything, so they are never used.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const joined = Array.isArray(header) ? header.join(',') : (header ?? '');
    const last = joined.split(',').at(-1)?.trim();
    if (last) return last.slice(0, 64);
  }
  return req.socket.remoteAddress ?? 'unknown';
}
