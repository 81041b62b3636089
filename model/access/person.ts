import { sha256 } from '@noble/hashes/sha2.js';

/**
 * A person is a browser, not an account: it keeps a random secret, its **person key**, and its
 * **person id** is derived from it (`p_` + 22 base64url characters of SHA-256). The key travels only
 * in a request header (HTTP) or the WebSocket subprotocol list, never in a URL; the server derives the
 * id itself and stamps it on the connection, so nobody can write as someone else by naming their id —
 * the id is public (it is on votes, comments, the facilitator seat), the key is not.
 */
export const PERSON_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** HTTP header carrying the person key (a custom header also forces a CORS preflight cross-site). */
export const PERSON_HEADER = 'x-journey-person';

/** WebSocket subprotocols: the server answers with `journey`; the key rides in a second entry. */
export const WS_PROTOCOL = 'journey';
const WS_KEY_PREFIX = 'journey.person.';

/** Person ids: the safe id alphabet, so vote record ids (`vote:person:card`) can be built from them. */
export const PERSON_ID_PATTERN = /^p_[A-Za-z0-9_-]{22}$/;

export function isPersonKey(value: unknown): value is string {
  return typeof value === 'string' && PERSON_KEY_PATTERN.test(value);
}

/** The public id of the holder of `key`: the same on the client and the server. */
export function personIdFromKey(key: string): string {
  const digest = sha256(new TextEncoder().encode(`journey.person:${key}`));
  return `p_${toBase64Url(digest).slice(0, 22)}`;
}

/** The subprotocol list a client offers: ours first, then its key. */
export function personProtocols(key: string): string[] {
  return [WS_PROTOCOL, `${WS_KEY_PREFIX}${key}`];
}

/** The person key in an offered subprotocol list (`Sec-WebSocket-Protocol`), if there is a valid one. */
export function personKeyFromProtocols(protocols: Iterable<string>): string | undefined {
  for (const protocol of protocols) {
    if (!protocol.startsWith(WS_KEY_PREFIX)) continue;
    const key = protocol.slice(WS_KEY_PREFIX.length);
    return isPersonKey(key) ? key : undefined;
  }
  return undefined;
}

/** 32 random bytes as base64url: a new person key. */
export function newPersonKey(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return toBase64Url(bytes);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
