import { describe, expect, it } from 'vitest';
import { canGovern, canRevokeLink, isOwner, mintRefusal } from './governance';

const alice = { id: 'p_alice', keyed: true };
const anonymous = { id: 'p_alice', keyed: false };

describe('governance rules', () => {
  it('the owner, the admin, and for ownerless maps an open server’s editors govern', () => {
    const owned = { owner: 'p_alice' };
    expect(canGovern(owned, { via: 'link' }, alice)).toBe(true);
    expect(canGovern(owned, { via: 'open' }, { id: 'p_bob', keyed: true })).toBe(false);
    expect(canGovern(owned, { via: 'admin' }, { id: 'p_bob', keyed: true })).toBe(true);
    // An id without its key proves nothing.
    expect(isOwner(owned, anonymous)).toBe(false);
    expect(canGovern({ owner: null }, { via: 'open' }, anonymous)).toBe(true);
    expect(canGovern({ owner: null }, { via: 'link' }, alice)).toBe(false);
  });

  it('anyone may revoke what they minted, in person or through the link they minted with', () => {
    const link = { createdBy: 'p_alice', mintedByLink: 'link_a' };
    expect(canRevokeLink(link, false, {}, alice)).toBe(true);
    expect(canRevokeLink(link, false, { linkId: 'link_a' }, { id: 'p_x', keyed: false })).toBe(true);
    expect(canRevokeLink(link, false, { linkId: 'link_b' }, anonymous)).toBe(false);
    expect(canRevokeLink(link, true, {}, anonymous)).toBe(true);
  });

  it('a link mints only its own role or lower, expiring no later than itself', () => {
    const viewerLink = { via: 'link', role: 'viewer', expiresAt: 1000 } as const;
    expect(mintRefusal(viewerLink, 'commenter', 500)).toBe('role_above_own');
    expect(mintRefusal(viewerLink, 'editor', 500)).toBe('role_above_own');
    expect(mintRefusal(viewerLink, 'viewer', null)).toBe('expiry_beyond_own');
    expect(mintRefusal(viewerLink, 'viewer', 1001)).toBe('expiry_beyond_own');
    expect(mintRefusal(viewerLink, 'viewer', 1000)).toBeUndefined();
    const editorForever = { via: 'link', role: 'editor', expiresAt: null } as const;
    expect(mintRefusal(editorForever, 'editor', null)).toBeUndefined();
    expect(mintRefusal({ via: 'open', role: 'editor', expiresAt: null }, 'editor', null)).toBeUndefined();
  });
});
