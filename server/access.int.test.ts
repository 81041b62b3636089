import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addStage, readMapInfo, type AccessErrorCode } from '../model';
import { signShareToken } from './access/shareToken';
import { CloseCode } from './closeCodes';
import { PgStore } from './persistence/pg/PgStore';
import {
  commentsRoom,
  mapOf,
  startTestServer,
  waitFor,
  waitForSync,
  type TestServer,
} from './testing/harness';

const ADMIN = 'admin-token-for-tests-0123456789';

/** The key the server generated into its data dir (or, on PostgreSQL, into the database). */
async function serverSecret(t: TestServer): Promise<string> {
  if (t.server.store instanceof PgStore) return t.server.store.sharedSecret();
  return (await fs.readFile(path.join(t.dataDir, 'secret.key'), 'utf8')).trim();
}

/** Replaces one character in the middle of the signature, keeping the token well formed. */
function tamper(token: string): string {
  const i = token.length - 10;
  return token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
}

/**
 * A stock client with `token`, holding an edit of its own, is refused with `closeCode` and
 * `code`, stops reconnecting, and nothing it holds reaches the server.
 */
async function expectSocketRefused(
  t: TestServer,
  room: string,
  token: string | undefined,
  closeCode: number,
  code: AccessErrorCode,
) {
  const doc = new Y.Doc();
  addStage(doc, { name: 'Refused edit' });
  const client = t.connect(room, doc, token === undefined ? {} : { token });
  const stopped = new Promise<{ code: number }>((resolve) => client.provider.on('closed', (e) => resolve(e)));
  const closed = await client.closed;
  expect(closed.code, `${room} ${code}`).toBe(closeCode);
  expect(closed.reason.startsWith(`${code}: `), closed.reason).toBe(true);
  expect((await stopped).code).toBe(closeCode);
  expect(client.provider.shouldConnect).toBe(false);
  expect(client.notices).toEqual([]);
}

async function expectHttpRefused(
  t: TestServer,
  mapId: string,
  token: string | undefined,
  status: number,
  code: string,
) {
  const res = await t.api(`/api/maps/${mapId}/access`, { token });
  expect(res.status, code).toBe(status);
  expect(res.body).toEqual({ error: expect.stringMatching(/\w+ \w+.*\.$/) as unknown, code });
}

describe('share-link tokens', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('an open server makes anyone without a token an editor', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    expect((await t.api(`/api/maps/${mapId}/access`)).body).toEqual({
      role: 'editor',
      mode: 'open',
      canShare: true,
      // A map made without a person key has no owner: an open server's editors govern it.
      isOwner: false,
      canGovern: true,
      linkExpiresAt: null,
    });
    const client = t.connect(mapId);
    await waitForSync(client);
    await waitFor(() => client.notices.length > 0);
    expect(client.notices).toMatchObject([{ type: 'role', role: 'editor' }]);
    expect(client.notices[0]).toHaveProperty('personId', expect.stringMatching(/^p_/) as unknown);
    expect((await t.api('/api/maps/map_unknown/access')).status).toBe(404);
  });

  it('reports the role of each kind of link', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const { token } = await t.createLink(mapId, role);
      const res = await t.api(`/api/maps/${mapId}/access`, { token });
      expect(res.body).toEqual({
        role,
        mode: 'open',
        canShare: role === 'editor',
        isOwner: false,
        canGovern: false,
        linkExpiresAt: null,
      });
      expect((await t.api(`/api/maps/${mapId}/access?token=${token}`)).body.role).toBe(role);
    }
  });

  it('refuses unknown, tampered and wrong-map tokens on the socket (4401/4403) and over HTTP (401/403)', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const otherMap = await t.createMap();
    const before = t.server.store.loadDoc(mapId)!;
    const { token } = await t.createLink(mapId, 'editor');
    const unknownJti = signShareToken(
      { v: 1, map: mapId, role: 'editor', exp: null, jti: 'link_neverissued' },
      await serverSecret(t),
    );
    const cases: Array<[string, string, number, number, AccessErrorCode]> = [
      ['unknown link', unknownJti, CloseCode.UNAUTHORIZED, 401, 'token_invalid'],
      ['tampered signature', tamper(token), CloseCode.UNAUTHORIZED, 401, 'token_invalid'],
      ['not a token', 'hello', CloseCode.UNAUTHORIZED, 401, 'token_invalid'],
      [
        'another map',
        (await t.createLink(otherMap, 'editor')).token,
        CloseCode.FORBIDDEN,
        403,
        'token_wrong_map',
      ],
    ];
    for (const [, bad, closeCode, status, code] of cases) {
      await expectSocketRefused(t, mapId, bad, closeCode, code);
      await expectSocketRefused(t, commentsRoom(mapId), bad, closeCode, code);
      await expectHttpRefused(t, mapId, bad, status, code);
      expect((await t.api(`/api/maps/${mapId}`, { token: bad })).status).toBe(status);
    }
    // Nothing was written, and no room was even loaded for a refused socket.
    expect(t.server.store.loadDoc(mapId)).toEqual(before);
    expect(t.server.rooms.get(mapId)).toBeUndefined();
    expect(t.logs.filter((l) => l.includes('ws.refused')).length).toBe(cases.length * 2);
    // The genuine token still works.
    expect((await t.api(`/api/maps/${mapId}/access`, { token })).body.role).toBe('editor');
  });

  it('revoking a link closes the sockets it opened with 4401 and refuses it from then on', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const link = await t.createLink(mapId, 'commenter');
    const other = await t.createLink(mapId, 'viewer');
    const onMap = t.connect(mapId, new Y.Doc(), { token: link.token });
    const onComments = t.connect(commentsRoom(mapId), new Y.Doc(), { token: link.token });
    const bystander = t.connect(mapId, new Y.Doc(), { token: other.token });
    await Promise.all([waitForSync(onMap), waitForSync(onComments), waitForSync(bystander)]);

    expect((await t.api(`/api/maps/${mapId}/links/${link.id}`, { method: 'DELETE' })).status).toBe(204);
    for (const client of [onMap, onComments]) {
      const closed = await client.closed;
      expect(closed.code).toBe(CloseCode.UNAUTHORIZED);
      expect(closed.reason).toMatch(/^token_revoked: /);
    }
    expect(bystander.provider.wsconnected).toBe(true);
    await expectHttpRefused(t, mapId, link.token, 401, 'token_revoked');
    await expectSocketRefused(t, mapId, link.token, CloseCode.UNAUTHORIZED, 'token_revoked');
  });

  it('an expired link is refused, and a socket open at the moment it expires is closed', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const link = await t.createLink(mapId, 'editor', { expiresInHours: 2 / 3600 });
    const client = t.connect(mapId, new Y.Doc(), { token: link.token });
    await waitForSync(client);
    expect(Date.parse(link.expiresAt!)).toBeGreaterThan(Date.now());
    const closed = await client.closed;
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(link.expiresAt!));
    expect(closed).toMatchObject({
      code: CloseCode.UNAUTHORIZED,
      reason: expect.stringMatching(/^token_expired: /) as unknown,
    });
    await expectHttpRefused(t, mapId, link.token, 401, 'token_expired');
    await expectSocketRefused(t, mapId, link.token, CloseCode.UNAUTHORIZED, 'token_expired');
  });

  // A file in the data dir: with JOURNEY_TEST_STORE=postgres the secret is the database's instead
  // (shared by every process: pg/pgProcesses.int.test.ts).
  it.skipIf(process.env.JOURNEY_TEST_STORE === 'postgres')(
    'keeps the generated secret (0600) across restarts, so links stay valid',
    async () => {
      t = await startTestServer();
      const mapId = await t.createMap();
      const { token } = await t.createLink(mapId, 'viewer');
      const file = path.join(t.dataDir, 'secret.key');
      const secret = await serverSecret(t);
      expect(secret.length).toBeGreaterThanOrEqual(32);
      expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
      expect(t.logs.filter((l) => l.includes('access.secret_created'))).toHaveLength(1);

      await t.restart();
      expect(await serverSecret(t)).toBe(secret);
      expect(t.logs.filter((l) => l.includes('access.secret_created'))).toHaveLength(1);
      expect((await t.api(`/api/maps/${mapId}/access`, { token })).body.role).toBe('viewer');
      const client = t.connect(mapId, new Y.Doc(), { token });
      await waitForSync(client);
      await waitFor(() => client.notices.length > 0);
      expect(client.notices).toMatchObject([{ type: 'role', role: 'viewer' }]);
    },
  );
});

describe('a locked server', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('needs a link for every map: no token is 4401 / 401, a link grants its role', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const mapId = await t.createMap({ template: 'blank' }, ADMIN);
    await expectSocketRefused(t, mapId, undefined, CloseCode.UNAUTHORIZED, 'token_missing');
    await expectSocketRefused(t, commentsRoom(mapId), undefined, CloseCode.UNAUTHORIZED, 'token_missing');
    await expectHttpRefused(t, mapId, undefined, 401, 'token_missing');
    expect((await t.api(`/api/maps/${mapId}`)).status).toBe(401);
    // Still 404 for maps that do not exist, on the socket and over HTTP.
    expect((await t.api('/api/maps/map_unknown/access')).status).toBe(404);

    const { token } = await t.createLink(mapId, 'commenter', { token: ADMIN });
    expect((await t.api(`/api/maps/${mapId}/access`, { token })).body).toEqual({
      role: 'commenter',
      mode: 'locked',
      canShare: false,
      isOwner: false,
      canGovern: false,
      linkExpiresAt: null,
    });
    const commenter = t.connect(mapId, new Y.Doc(), { token });
    const admin = t.connect(mapId, new Y.Doc(), { token: ADMIN });
    await Promise.all([waitForSync(commenter), waitForSync(admin)]);
    await waitFor(() => commenter.notices.length > 0 && admin.notices.length > 0);
    expect(commenter.notices[0]).toMatchObject({ type: 'role', role: 'commenter' });
    expect(admin.notices[0]).toMatchObject({ type: 'role', role: 'editor' });
    addStage(admin.doc, { name: 'By the host' });
    await waitFor(() => mapOf(commenter.doc).stages.some((s) => s.name === 'By the host'));
  });

  it('lists and creates maps only with the admin token', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const locked = {
      error: 'This Journey server is locked: open maps through their share links.',
      code: 'server_locked',
    };
    expect(await t.api('/api/maps')).toEqual({ status: 403, body: locked });
    expect(await t.api('/api/maps', { method: 'POST', body: {} })).toEqual({ status: 403, body: locked });
    expect((await t.api('/api/maps', { token: 'not-the-admin-token-at-all' })).status).toBe(403);
    const mapId = await t.createMap({ title: 'Hosted', template: 'blank' }, ADMIN);
    const { token } = await t.createLink(mapId, 'editor', { token: ADMIN });
    // A share link opens its map, not the list.
    expect((await t.api('/api/maps', { token })).status).toBe(403);
    expect((await t.api('/api/maps', { token: ADMIN })).body.maps.map((m) => m.id)).toEqual([mapId]);
    expect((await t.api(`/api/maps/${mapId}`, { token })).body.map.title).toBe('Hosted');
  });

  it('gives whoever duplicates through a link an editor link to the copy', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const mapId = await t.createMap({ title: 'Original', template: 'blank' }, ADMIN);
    const { token } = await t.createLink(mapId, 'editor', { token: ADMIN });
    const copy = await t.api(`/api/maps/${mapId}/duplicate`, { method: 'POST', token });
    expect(copy.status).toBe(201);
    expect(copy.body.link.role).toBe('editor');
    const access = await t.api(`/api/maps/${copy.body.map.id}/access`, { token: copy.body.link.token });
    expect(access.body).toMatchObject({ role: 'editor', mode: 'locked', canShare: true });
    const client = t.connect(copy.body.map.id, new Y.Doc(), { token: copy.body.link.token });
    await waitForSync(client);
    expect(readMapInfo(client.doc).title).toBe('Copy of Original');
  });
});
