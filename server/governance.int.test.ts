import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newPersonKey } from '../model';
import { CloseCode } from './closeCodes';
import { startTestServer, waitForSync, type TestServer } from './testing/harness';

describe('link governance', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  /** An open server where the host (by their person key) created the map. */
  async function hostedMap() {
    t = await startTestServer();
    const host = newPersonKey();
    const created = await t.api('/api/maps', {
      method: 'POST',
      body: { template: 'blank' },
      personKey: host,
    });
    return { host, mapId: created.body.map.id };
  }

  it('a 1-hour editor link cannot mint a never-expiring or longer link (higher: governance.test.ts)', async () => {
    const { host, mapId } = await hostedMap();
    const hourLink = await t.createLink(mapId, 'editor', { expiresInHours: 1, personKey: host });
    const { token } = hourLink;
    const mint = (body: object) => t.api(`/api/maps/${mapId}/links`, { method: 'POST', body, token });

    for (const body of [
      { role: 'editor' },
      { role: 'editor', expiresInHours: null },
      { role: 'viewer', expiresInHours: 2 },
    ]) {
      const res = await mint(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('expiry_beyond_own');
    }
    const within = await mint({ role: 'viewer', expiresWithMyLink: true, name: '  Exec team, read-only ' });
    expect(within.status).toBe(201);
    expect(within.body.link).toMatchObject({
      role: 'viewer',
      expiresAt: hourLink.expiresAt,
      name: 'Exec team, read-only',
      mintedBy: 'you',
    });
    expect((await mint({ role: 'editor', expiresInHours: 0.5 })).status).toBe(201);
    // Nothing past the ceiling was stored.
    expect(t.server.store.links.listLinks(mapId)).toHaveLength(3);
    expect((await mint({ role: 'viewer', name: 'x'.repeat(81), expiresWithMyLink: true })).status).toBe(400);
  });

  it('revoking a link revokes what it minted and closes its sockets', async () => {
    const { host, mapId } = await hostedMap();
    const first = await t.createLink(mapId, 'editor', { expiresInHours: 1, personKey: host });
    const minted = await t.createLink(mapId, 'editor', { expiresInHours: 0.5, token: first.token });
    const grandchild = await t.createLink(mapId, 'viewer', { expiresInHours: 0.25, token: minted.token });
    const client = t.connect(mapId, new Y.Doc(), { token: minted.token });
    const viewer = t.connect(mapId, new Y.Doc(), { token: grandchild.token });
    await Promise.all([waitForSync(client), waitForSync(viewer)]);

    expect(
      (await t.api(`/api/maps/${mapId}/links/${first.id}`, { method: 'DELETE', personKey: host })).status,
    ).toBe(204);
    for (const c of [client, viewer]) {
      const closed = await c.closed;
      expect(closed.code).toBe(CloseCode.UNAUTHORIZED);
      expect(closed.reason).toMatch(/^token_revoked: /);
    }
    for (const { token } of [minted, grandchild]) {
      expect((await t.api(`/api/maps/${mapId}`, { token })).body.code).toBe('token_revoked');
    }
  });

  it('a non-owner editor link cannot revoke the host’s link or delete the map; the owner can', async () => {
    const { host, mapId } = await hostedMap();
    const hostLink = await t.createLink(mapId, 'viewer', { personKey: host });
    const guest = await t.createLink(mapId, 'editor', { personKey: host });
    const guestKey = newPersonKey();
    const own = await t.createLink(mapId, 'commenter', { token: guest.token, personKey: guestKey });

    for (const personKey of [guestKey, undefined]) {
      const revoke = await t.api(`/api/maps/${mapId}/links/${hostLink.id}`, {
        method: 'DELETE',
        token: guest.token,
        personKey,
      });
      expect(revoke.status).toBe(403);
      expect(revoke.body.code).toBe('owner_only');
      const del = await t.api(`/api/maps/${mapId}`, { method: 'DELETE', token: guest.token, personKey });
      expect(del.status).toBe(403);
      expect(del.body.code).toBe('owner_only');
    }
    // Another browser on the open server, without a link, is an editor but not the owner.
    expect(
      (await t.api(`/api/maps/${mapId}`, { method: 'DELETE', personKey: newPersonKey() })).body.code,
    ).toBe('owner_only');
    expect(t.server.store.links.getLink(hostLink.id)?.revokedAt).toBeNull();
    expect((await t.api(`/api/maps/${mapId}`)).status).toBe(200);

    // The guest sees the host's link without its token, and may revoke only what they minted.
    const listed = (await t.api(`/api/maps/${mapId}/links`, { token: guest.token, personKey: guestKey })).body
      .links;
    const seen = listed.find((l) => l.id === hostLink.id)!;
    expect(seen).toMatchObject({ canRevoke: false, mintedBy: 'the owner' });
    expect(seen).not.toHaveProperty('token');
    expect(listed.find((l) => l.id === own.id)).toMatchObject({
      canRevoke: true,
      mintedBy: 'you',
      token: own.token,
    });
    expect(
      (
        await t.api(`/api/maps/${mapId}/links/${own.id}`, {
          method: 'DELETE',
          token: guest.token,
          personKey: guestKey,
        })
      ).status,
    ).toBe(204);

    const access = (await t.api(`/api/maps/${mapId}/access`, { personKey: host })).body;
    expect(access).toMatchObject({ isOwner: true, canGovern: true });
    expect(
      (await t.api(`/api/maps/${mapId}/links/${hostLink.id}`, { method: 'DELETE', personKey: host })).status,
    ).toBe(204);
    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE', personKey: host })).status).toBe(204);
    expect((await t.api(`/api/maps/${mapId}`)).status).toBe(404);
  });

  it('the maps list says which maps the requester may delete', async () => {
    const { host, mapId } = await hostedMap();
    const list = async (personKey?: string) => (await t.api('/api/maps', { personKey })).body.maps;
    expect(await list(host)).toEqual([expect.objectContaining({ id: mapId, canDelete: true })]);
    expect(await list(newPersonKey())).toEqual([expect.objectContaining({ id: mapId, canDelete: false })]);
  });
});
