import { describe, expect, it } from 'vitest';
import {
  apiTokenId,
  apiTokenMatches,
  apiTokenPreview,
  bearerApiToken,
  hashApiToken,
  mintApiToken,
} from './apiToken';

describe('metrics API tokens', () => {
  it('mints jmt_<id>_<secret> with 32 random bytes, a fresh one each time', () => {
    const a = mintApiToken();
    const b = mintApiToken();
    expect(a.text).toMatch(/^jmt_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.text.slice(4 + 16 + 1), 'base64url')).toHaveLength(32);
    expect(a.text.slice(4, 20)).toBe(a.id);
    expect(b.id).not.toBe(a.id);
    expect(b.text).not.toBe(a.text);
  });

  it('keeps only the sha256 of the text, which matches that text and no other', () => {
    const { text, hash } = mintApiToken();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashApiToken(text));
    expect(hash).not.toContain(text.slice(21));
    expect(apiTokenMatches(text, hash)).toBe(true);
    expect(apiTokenMatches(`${text.slice(0, -1)}${text.endsWith('A') ? 'B' : 'A'}`, hash)).toBe(false);
    expect(apiTokenMatches(text, 'short')).toBe(false);
  });

  it('reads the row id only from a well-formed token (a secret may hold "_" and "-")', () => {
    const secret = 'a_b-'.repeat(10) + 'xyz';
    expect(apiTokenId(`jmt_0123456789abcdef_${secret}`)).toBe('0123456789abcdef');
    for (const bad of [
      '',
      'jmt_',
      `jmt_0123456789ABCDEF_${secret}`,
      `jmt_0123456789abcde_${secret}`,
      `jmt_0123456789abcdef_${secret}x`,
      `jmt_0123456789abcdef_${secret.slice(1)}`,
      `xmt_0123456789abcdef_${secret}`,
      `jmt_0123456789abcdef_${secret.slice(0, -1)}=`,
      'eyJ2IjoxfQ.c2ln',
    ]) {
      expect(apiTokenId(bad), bad).toBeUndefined();
    }
  });

  it('previews a token by its id only, and reads the Bearer header', () => {
    expect(apiTokenPreview('3fa94c1e00000000')).toBe('jmt_3fa94c1e…');
    expect(bearerApiToken('Bearer jmt_x')).toBe('jmt_x');
    expect(bearerApiToken('bearer   jmt_x  ')).toBe('jmt_x');
    expect(bearerApiToken('Basic abc')).toBeUndefined();
    expect(bearerApiToken(undefined)).toBeUndefined();
  });
});
