import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signShareToken, verifyShareToken, type TokenPayload } from './shareToken';

const SECRET = 'x'.repeat(40);
const PAYLOAD: TokenPayload = {
  v: 1,
  map: 'map_abc',
  role: 'commenter',
  exp: 1_900_000_000_000,
  jti: 'link_123',
};
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A token for any JSON payload, signed correctly: what a holder of the secret could mint. */
function signRaw(json: unknown, secret = SECRET): string {
  const body = Buffer.from(JSON.stringify(json)).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

describe('share tokens', () => {
  it('round-trips the payload and is the same for the same link', () => {
    const token = signShareToken(PAYLOAD, SECRET);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyShareToken(token, SECRET)).toEqual(PAYLOAD);
    expect(signShareToken({ ...PAYLOAD }, SECRET)).toBe(token);
    expect(verifyShareToken(signShareToken({ ...PAYLOAD, exp: null }, SECRET), SECRET)?.exp).toBeNull();
  });

  it('refuses the token when any single character is changed', () => {
    const token = signShareToken(PAYLOAD, SECRET);
    for (let i = 0; i < token.length; i++) {
      // Every other character at this position, including ones that decode to the same bytes.
      for (const c of BASE64URL + '.') {
        if (c === token[i]) continue;
        const tampered = token.slice(0, i) + c + token.slice(i + 1);
        expect(verifyShareToken(tampered, SECRET), `position ${i} → ${c}`).toBeUndefined();
      }
    }
  });

  it('refuses another secret, truncation, extra parts and junk', () => {
    const token = signShareToken(PAYLOAD, SECRET);
    expect(verifyShareToken(token, 'y'.repeat(40))).toBeUndefined();
    for (const bad of [
      '',
      '.',
      token.split('.')[0]!,
      `${token}.x`,
      token.slice(0, -1),
      `${token}A`,
      `A${token}`,
      ` ${token}`,
      token.replace('.', '..'),
      'a'.repeat(5000),
    ]) {
      expect(verifyShareToken(bad, SECRET), bad.slice(0, 40)).toBeUndefined();
    }
  });

  it('refuses a correctly signed payload that is not a valid v1 payload', () => {
    expect(verifyShareToken(signRaw(PAYLOAD), SECRET)).toEqual(PAYLOAD);
    for (const json of [
      { ...PAYLOAD, v: 2 },
      { ...PAYLOAD, role: 'owner' },
      { ...PAYLOAD, map: 'bad/id' },
      { ...PAYLOAD, exp: 'never' },
      { ...PAYLOAD, extra: true },
      { v: 1, map: 'map_abc', role: 'viewer', exp: null },
      'just a string',
      null,
    ]) {
      expect(verifyShareToken(signRaw(json), SECRET), JSON.stringify(json)).toBeUndefined();
    }
    const notJson = Buffer.from('{oops').toString('base64url');
    expect(
      verifyShareToken(
        `${notJson}.${createHmac('sha256', SECRET).update(notJson).digest('base64url')}`,
        SECRET,
      ),
    ).toBeUndefined();
  });
});
