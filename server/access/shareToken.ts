import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { MAP_ID_PATTERN, roleSchema } from '../../model';

/**
 * Share-link tokens: `<payload base64url>.<HMAC-SHA256 base64url>`. The signature proves the
 * server issued the payload; the payload names the map, the role, the expiry and the link row
 * (`jti`) that lets an editor revoke it. Tokens are opaque to clients.
 */
export const tokenPayloadSchema = z.strictObject({
  /** Format version, so a later format can be told apart instead of misread. */
  v: z.literal(1),
  map: z.string().regex(MAP_ID_PATTERN),
  role: roleSchema,
  /** Epoch ms after which the token is refused; null = no expiry. */
  exp: z.number().int().nonnegative().nullable(),
  /** The share link's id. */
  jti: z.string().min(1).max(64),
});
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

/** Far beyond any real token; longer input is refused before any work is done on it. */
const MAX_TOKEN_LENGTH = 1024;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function signShareToken(payload: TokenPayload, secret: string): string {
  // Fixed key order: the same link always yields the same token, so it can be listed again.
  const { v, map, role, exp, jti } = payload;
  const body = Buffer.from(JSON.stringify({ v, map, role, exp, jti }), 'utf8').toString('base64url');
  return `${body}.${signature(body, secret)}`;
}

/** The payload if `token` was signed with `secret` and is well formed; undefined otherwise. */
export function verifyShareToken(token: string, secret: string): TokenPayload | undefined {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return undefined;
  const [body = '', sig = ''] = token.split('.');
  // Compared as text, not decoded bytes: base64url decoding ignores some bits of the last
  // character, so two different strings could decode to the same signature.
  const expected = Buffer.from(signature(body, secret), 'utf8');
  const given = Buffer.from(sig, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = tokenPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

function signature(body: string, secret: string): string {
  return createHmac('sha256', secret).update(body, 'utf8').digest('base64url');
}
