import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from './closeCodes';
import { startTestServer, upgradeStatus, type TestServer } from './testing/harness';

const ADMIN = 'admin-token-for-tests-0123456789';
const GUESS = 'guessed-token-not-real-0123456789';

/** Refused tokens are throttled per client address (HTTP 429, WebSocket upgrade 429) and logged without the token. */
describe('failed token and admin attempts', () => {
  let t: TestServer | undefined;
  afterEach(() => t?.dispose());

  async function get(s: TestServer, pathname: string, token: string) {
    const res = await fetch(s.server.url + pathname, { headers: { Authorization: `Bearer ${token}` } });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as { error: string },
    };
  }

  it('answers 429 too_many_attempts once an address used up its refused share-link tokens', async () => {
    const s = (t = await startTestServer({ failedAttemptsPerMinute: 3 }));
    const mapId = await s.createMap();
    const link = await s.createLink(mapId, 'viewer');
    for (let i = 0; i < 3; i++) expect((await get(s, `/api/maps/${mapId}`, GUESS)).status).toBe(401);
    const throttled = await get(s, `/api/maps/${mapId}`, GUESS);
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toBe('too_many_attempts');
    expect(Number(throttled.retryAfter)).toBeGreaterThanOrEqual(1);
    // While throttled, even a good token from that address waits: guessing cannot go on alongside.
    expect((await get(s, `/api/maps/${mapId}`, link.token)).status).toBe(429);
    // Requests without a token are not what is throttled.
    expect((await s.api(`/api/maps/${mapId}`)).status).toBe(200);
    const failures = s.logs.filter((line) => line.includes('access.failed_attempt'));
    expect(failures).toHaveLength(3);
    expect(failures[0]).toMatch(/address=(127\.0\.0\.1|::ffff:127\.0\.0\.1) reason=token_invalid via=http/);
    expect(s.logs.join('\n')).not.toContain(GUESS);
  });

  it('throttles admin-token guessing on a locked server', async () => {
    const s = (t = await startTestServer({
      access: 'locked',
      adminToken: ADMIN,
      failedAttemptsPerMinute: 2,
    }));
    for (let i = 0; i < 2; i++) expect((await get(s, '/api/maps', GUESS)).status).toBe(403);
    expect((await get(s, '/api/maps', GUESS)).status).toBe(429);
    expect((await get(s, '/api/maps', ADMIN)).status).toBe(429);
    expect(s.logs.filter((line) => line.includes('reason=not_admin'))).toHaveLength(2);
    expect(s.logs.join('\n')).not.toContain(GUESS);
  });

  it('refuses the WebSocket upgrade with HTTP 429 past the limit', async () => {
    const s = (t = await startTestServer({ failedAttemptsPerMinute: 2 }));
    const mapId = await s.createMap();
    for (let i = 0; i < 2; i++) {
      const socket = await s.rawSocket(mapId, { token: GUESS });
      expect((await socket.closed).code).toBe(CloseCode.UNAUTHORIZED);
    }
    expect(await upgradeStatus(`${s.wsBase}/${mapId}?token=${GUESS}`.replace(/^ws/, 'http'))).toBe(429);
    expect(
      s.logs.filter((line) => line.includes('access.failed_attempt') && line.includes('via=ws')),
    ).toHaveLength(2);
    expect(s.logs.join('\n')).not.toContain(GUESS);
  });
});
