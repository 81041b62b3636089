import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  isPersonKey,
  PERSON_HEADER,
  personIdFromKey,
  personKeyFromProtocols,
  WS_PROTOCOL,
} from '../../model';

/**
 * Who is on the other end of a request or connection, as far as the server can tell: the person
 * whose key the client presented (`keyed`), or, with no key (a stock client, curl), a fresh
 * anonymous person that lasts as long as this connection or request. The id is derived here, never
 * taken from the client.
 */
export interface Person {
  id: string;
  keyed: boolean;
}

/** The person behind an HTTP request (`X-Journey-Person`) or a WebSocket upgrade (subprotocol). */
export function personFromRequest(req: Pick<IncomingMessage, 'headers'>): Person {
  const key = personKey(req);
  if (key !== undefined) return { id: personIdFromKey(key), keyed: true };
  return { id: `p_${randomBytes(16).toString('base64url').slice(0, 22)}`, keyed: false };
}

function personKey(req: Pick<IncomingMessage, 'headers'>): string | undefined {
  const header = req.headers[PERSON_HEADER];
  if (isPersonKey(header)) return header;
  const offered = req.headers['sec-websocket-protocol'];
  if (typeof offered !== 'string') return undefined;
  return personKeyFromProtocols(offered.split(',').map((p) => p.trim()));
}

/**
 * `handleProtocols` for the WebSocket server: a client that offers subprotocols gets ours back (a
 * browser fails the connection when none is chosen); the person key entry is never echoed.
 */
export function chooseProtocol(protocols: Set<string>): string | false {
  return protocols.has(WS_PROTOCOL) ? WS_PROTOCOL : false;
}
