import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Metrics API tokens: `jmt_<id>_<secret>`, `<id>` 16 hex characters (finds the row), `<secret>` 32
 * random bytes in base64url. The server keeps only the sha256 of the whole text, so the token is
 * shown once, when it is made; a presented token is checked against that hash in constant time.
 */
export const API_TOKEN_PREFIX = 'jmt_';
const TOKEN_SHAPE = /^jmt_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

export interface MintedToken {
  readonly id: string;
  /** The token itself: give it to the creator once, never store it. */
  readonly text: string;
  readonly hash: string;
}

export function mintApiToken(): MintedToken {
  const id = randomBytes(8).toString('hex');
  const text = `${API_TOKEN_PREFIX}${id}_${randomBytes(32).toString('base64url')}`;
  return { id, text, hash: hashApiToken(text) };
}

/** sha256 (hex) of the token text, as stored. */
export function hashApiToken(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The row id a well-formed token names; undefined for anything else (refused before any lookup). */
export function apiTokenId(text: string): string | undefined {
  return TOKEN_SHAPE.exec(text)?.[1];
}

/** Whether `text` hashes to `storedHash`, compared in constant time. */
export function apiTokenMatches(text: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiToken(text), 'utf8');
  const stored = Buffer.from(storedHash, 'utf8');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** How a token is told apart in lists without being usable: "jmt_3fa94c1e…". */
export function apiTokenPreview(id: string): string {
  return `${API_TOKEN_PREFIX}${id.slice(0, 8)}…`;
}

/**
 * The token of an `Authorization: Bearer jmt_…` header; undefined without one. The metrics push
 * reads only this header: never `?token=` (a URL ends up in logs) and never a share link.
 */
export function bearerApiToken(authorization: string | undefined): string | undefined {
  return /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
}
