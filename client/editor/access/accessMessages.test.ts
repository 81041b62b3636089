import { describe, expect, it } from 'vitest';
import { accessCloseMessage, accessDeniedTitle } from './accessMessages';

describe('access messages', () => {
  it('names each refusal plainly, and anything unknown as not valid', () => {
    expect(accessDeniedTitle('token_expired')).toBe('This share link has expired');
    expect(accessDeniedTitle('token_revoked')).toBe('This share link was revoked');
    expect(accessDeniedTitle('token_wrong_map')).toBe('This link is for another map');
    expect(accessDeniedTitle('token_invalid')).toBe('This link is not valid');
    expect(accessDeniedTitle('something_new')).toBe('This link is not valid');
    expect(accessDeniedTitle(undefined)).toBe('This link is not valid');
  });

  it('reads the code at the start of a 4401/4403 close reason, and ignores other closes', () => {
    expect(accessCloseMessage(4401, 'token_revoked: This share link was revoked.')).toMatch(
      /^This share link was revoked\. Ask/,
    );
    expect(accessCloseMessage(4401, 'token_expired: …')).toMatch(/^This share link has expired/);
    expect(accessCloseMessage(4403, '')).toMatch(/^This link is for another map/);
    expect(accessCloseMessage(4401, '')).toMatch(/^This link is not valid/);
    expect(accessCloseMessage(4404, 'token_revoked')).toBeNull();
  });
});
