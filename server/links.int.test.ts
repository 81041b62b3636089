import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode } from './closeCodes';
import { commentsRoom, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

describe('share links API', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer();
    mapId = await t.createMap();
  });
  afterEach(() => t.dispose());

  it('creates, lists (newest first, tokens included) and revokes links', async () => {
    const before = Date.now();
    const created = await t.api(`/api/maps/${mapId}/links`, { method: 'POST', body: { role: 'viewer' } });
    expect(created.status).toBe(201);
    const viewer = created.body.link;
    expect(Object.keys(viewer).sort()).toEqual([
      'canRevoke',
      'createdAt',
      'expiresAt',
      'id',
      'mintedBy',
      'name',
      'revokedAt',
      'role',
      'token',
    ]);
    expect(viewer).toMatchObject({ role: 'viewer', expiresAt: null, revokedAt: null, name: null });
    expect(Date.parse(viewer.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(viewer.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);

    const editor = await t.createLink(mapId, 'editor', { expiresInHours: 24 });
    const expires = Date.parse(editor.expiresAt!);
    expect(expires - Date.parse(editor.createdAt)).toBe(24 * 3_600_000);
    const commenter = await t.createLink(mapId, 'commenter', { expiresInHours: null });
    expect(commenter.expiresAt).toBeNull();

    const list = await t.api(`/api/maps/${mapId}/links`);
    expect(list.status).toBe(200);
    // The create answer says "you"; a request without a person key cannot be recognised later.
    const asListed = (link: typeof viewer) => ({ ...link, mintedBy: 'an editor' });
    expect(list.body.links).toEqual([commenter, editor, viewer].map(asListed));

    expect((await t.api(`/api/maps/${mapId}/links/${viewer.id}`, { method: 'DELETE' })).status).toBe(204);
    // Revoking twice is fine; a link of another map or an unknown one is not found.
    expect((await t.api(`/api/maps/${mapId}/links/${viewer.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await t.api(`/api/maps/${mapId}/links/link_unknown`, { method: 'DELETE' })).status).toBe(404);
    const otherMap = await t.createMap();
    expect((await t.api(`/api/maps/${otherMap}/links/${editor.id}`, { method: 'DELETE' })).status).toBe(404);

    const after = (await t.api(`/api/maps/${mapId}/links`)).body.links;
    expect(after.map((l) => l.id)).toEqual([commenter.id, editor.id, viewer.id]);
    expect(after[2]!.revokedAt).not.toBeNull();
    expect(after[0]!.revokedAt).toBeNull();
    expect((await t.api(`/api/maps/${otherMap}/links`)).body.links).toEqual([]);
  });

  it('validates the link body', async () => {
    for (const body of [
      {},
      { role: 'owner' },
      { role: 'viewer', expiresInHours: 0 },
      { role: 'viewer', expiresInHours: -1 },
      { role: 'viewer', expiresInHours: 'soon' },
      { role: 'viewer', expiresInHours: 1e9 },
      { role: 'viewer', extra: 1 },
    ]) {
      const res = await t.api(`/api/maps/${mapId}/links`, { method: 'POST', body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await t.api('/api/maps/map_unknown/links', { method: 'POST', body: { role: 'viewer' } })).status,
    ).toBe(404);
    expect((await t.api('/api/maps/map_unknown/links')).status).toBe(404);
  });

  it('lets only editors share, rename, duplicate or delete; every role may read', async () => {
    const editor = await t.createLink(mapId, 'editor');
    const viewer = await t.createLink(mapId, 'viewer');
    for (const role of ['commenter', 'viewer'] as const) {
      const { token } = await t.createLink(mapId, role);
      const forbidden = [
        t.api(`/api/maps/${mapId}/links`, { token }),
        t.api(`/api/maps/${mapId}/links`, { method: 'POST', body: { role: 'editor' }, token }),
        t.api(`/api/maps/${mapId}/links/${viewer.id}`, { method: 'DELETE', token }),
        t.api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'Mine now' }, token }),
        t.api(`/api/maps/${mapId}/duplicate`, { method: 'POST', token }),
        t.api(`/api/maps/${mapId}`, { method: 'DELETE', token }),
      ];
      for (const res of await Promise.all(forbidden)) {
        expect(res.status, role).toBe(403);
        expect(res.body.code).toBe('role_forbidden');
        expect(res.body.error).toContain(role);
      }
      expect((await t.api(`/api/maps/${mapId}`, { token })).status).toBe(200);
    }
    expect((await t.api(`/api/maps/${mapId}`)).body.map.title).not.toBe('Mine now');
    expect((await t.api(`/api/maps/${mapId}/links/${viewer.id}`)).status).toBe(405);

    const token = editor.token;
    expect((await t.api(`/api/maps/${mapId}/links`, { token })).body.links).toHaveLength(4);
    expect(
      (await t.api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'Renamed' }, token })).status,
    ).toBe(200);
    expect((await t.api(`/api/maps/${mapId}/duplicate`, { method: 'POST', token })).status).toBe(201);
    // A bad token is refused even where no token would do (open server).
    const refused = await t.api(`/api/maps/${mapId}`, { token: `${token}x` });
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('token_invalid');
  });

  it('deleting a map for good deletes its links and comments; trashing closes both rooms with 4404', async () => {
    const { token } = await t.createLink(mapId, 'commenter');
    const client = t.connect(mapId, new Y.Doc(), { token });
    const comments = t.connect(commentsRoom(mapId), new Y.Doc(), { token });
    await Promise.all([waitForSync(client), waitForSync(comments)]);
    // Fixture only: the comments doc is opaque to the server.
    comments.doc.getMap('fixture-comments').set('c1', 'hello');
    await waitFor(
      () => (t.server.store.loadDoc(`${mapId}/comments`)?.updates.length ?? 0) > 0,
      5000,
      'comment stored',
    );
    const [linkId] = t.server.store.links.listLinks(mapId).map((l) => l.id);

    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.closed).code).toBe(CloseCode.MAP_NOT_FOUND);
    expect((await comments.closed).code).toBe(CloseCode.MAP_NOT_FOUND);
    expect((await t.api(`/api/trash/${mapId}`, { method: 'DELETE' })).status).toBe(204);
    expect(t.server.store.links.getLink(linkId!)).toBeUndefined();
    expect(t.server.store.loadDoc(`${mapId}/comments`)).toBeUndefined();
    expect((await t.api(`/api/maps/${mapId}/access`, { token })).status).toBe(404);
  });
});
