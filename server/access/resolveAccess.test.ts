import { describe, expect, it } from 'vitest';
import type { ShareLink } from '../persistence/ShareLinkStore';
import { resolveAccess, tokenFromRequest, type AccessContext } from './resolveAccess';
import { signShareToken } from './shareToken';

const SECRET = 's'.repeat(32);
const NOW = 1_800_000_000_000;

function link(overrides: Partial<ShareLink> = {}): ShareLink {
  return {
    id: 'link_a',
    mapId: 'map_1',
    role: 'commenter',
    createdAt: NOW - 1000,
    expiresAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function tokenOf(l: ShareLink, secret = SECRET): string {
  return signShareToken({ v: 1, map: l.mapId, role: l.role, exp: l.expiresAt, jti: l.id }, secret);
}

function context(links: ShareLink[], overrides: Partial<AccessContext> = {}): AccessContext {
  return {
    mode: 'open',
    secret: SECRET,
    adminToken: undefined,
    links: { getLink: (id) => links.find((l) => l.id === id) },
    now: NOW,
    ...overrides,
  };
}

describe('resolveAccess', () => {
  it('without a token: editor on an open server, refused on a locked one', () => {
    expect(resolveAccess('map_1', undefined, context([]))).toEqual({
      ok: true,
      role: 'editor',
      via: 'open',
      expiresAt: null,
    });
    expect(resolveAccess('map_1', undefined, context([], { mode: 'locked' }))).toEqual({
      ok: false,
      code: 'token_missing',
    });
  });

  it('grants the role of a valid link, in either mode', () => {
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const l = link({ role, expiresAt: NOW + 60_000 });
      for (const mode of ['open', 'locked'] as const) {
        expect(resolveAccess('map_1', tokenOf(l), context([l], { mode }))).toEqual({
          ok: true,
          role,
          via: 'link',
          linkId: 'link_a',
          expiresAt: NOW + 60_000,
        });
      }
    }
  });

  it('refuses bad tokens with their own code, never falling back to the open-mode editor', () => {
    const l = link();
    const cases: Array<[string, string, ShareLink[]]> = [
      ['token_invalid', 'garbage', [l]],
      ['token_invalid', tokenOf(l, 't'.repeat(32)), [l]],
      ['token_invalid', tokenOf(l), []],
      ['token_invalid', tokenOf(l), [link({ role: 'editor' })]],
      ['token_invalid', tokenOf(l), [link({ mapId: 'map_2' })]],
      ['token_wrong_map', tokenOf(link({ mapId: 'map_2' })), [link({ mapId: 'map_2' })]],
      ['token_expired', tokenOf(link({ expiresAt: NOW })), [link({ expiresAt: NOW })]],
      ['token_revoked', tokenOf(l), [link({ revokedAt: NOW - 1 })]],
    ];
    for (const [code, token, links] of cases) {
      for (const mode of ['open', 'locked'] as const) {
        expect(resolveAccess('map_1', token, context(links, { mode })), `${code} (${mode})`).toEqual({
          ok: false,
          code,
        });
      }
    }
  });

  it('takes the admin token as editor on every map, and nothing shorter or longer', () => {
    const adminToken = 'admin-token-0123456789';
    const ctx = context([], { mode: 'locked', adminToken });
    expect(resolveAccess('map_9', adminToken, ctx)).toMatchObject({ ok: true, role: 'editor', via: 'admin' });
    expect(resolveAccess('map_9', adminToken.slice(1), ctx)).toEqual({ ok: false, code: 'token_invalid' });
    expect(resolveAccess('map_9', `${adminToken}x`, ctx)).toEqual({ ok: false, code: 'token_invalid' });
    expect(resolveAccess('map_9', adminToken, context([], { mode: 'locked' }))).toEqual({
      ok: false,
      code: 'token_invalid',
    });
  });
});

describe('tokenFromRequest', () => {
  const req = (url: string, authorization?: string) => ({
    url,
    headers: authorization ? { authorization } : {},
  });

  it('reads a Bearer header first, then ?token=', () => {
    expect(tokenFromRequest(req('/api/maps/m', 'Bearer abc.def'))).toBe('abc.def');
    expect(tokenFromRequest(req('/api/maps/m?token=q', 'bearer  abc'))).toBe('abc');
    expect(tokenFromRequest(req('/ws/m?token=abc.def&x=1'))).toBe('abc.def');
    expect(tokenFromRequest(req('/ws/m?token=a%2Bb'))).toBe('a+b');
  });

  it('ignores other schemes and empty values', () => {
    expect(tokenFromRequest(req('/ws/m'))).toBeUndefined();
    expect(tokenFromRequest(req('/ws/m?token='))).toBeUndefined();
    expect(tokenFromRequest(req('/api/maps', 'Basic dXNlcjpwdw=='))).toBeUndefined();
    expect(tokenFromRequest(req('/api/maps?token=q', 'Basic dXNlcjpwdw=='))).toBe('q');
    expect(tokenFromRequest(req('/api/maps', 'Bearer '))).toBeUndefined();
  });
});
