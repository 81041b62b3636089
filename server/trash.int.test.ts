import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { newPersonKey } from '../model';
import { CloseCode } from './closeCodes';
import { startTestServer, upgradeStatus, waitForSync, type TestServer } from './testing/harness';

const DAY = 86_400_000;

describe('the trash', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('delete moves a map to the trash (closed, hidden), its owner restores it', async () => {
    t = await startTestServer();
    const owner = newPersonKey();
    const stranger = newPersonKey();
    const created = await t.api('/api/maps', { method: 'POST', body: { title: 'Kept' }, personKey: owner });
    const mapId = created.body.map.id;
    const link = await t.createLink(mapId, 'viewer', { personKey: owner });
    const client = t.connect(mapId, new Y.Doc(), { token: link.token });
    await waitForSync(client);

    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE', personKey: owner })).status).toBe(204);
    expect((await client.closed).code).toBe(CloseCode.MAP_NOT_FOUND);
    expect((await t.api('/api/maps', { personKey: owner })).body.maps).toEqual([]);
    expect((await t.api(`/api/maps/${mapId}/access`, { token: link.token })).status).toBe(404);
    expect(await upgradeStatus(`${t.server.url}/ws/${mapId}?token=${link.token}`)).toBe(404);

    const trash = (await t.api('/api/trash', { personKey: owner })).body.maps;
    expect(trash).toEqual([expect.objectContaining({ id: mapId, title: 'Kept' })]);
    const [entry] = trash as unknown as Array<{ deletedAt: string; purgeAt: string }>;
    expect(Date.parse(entry!.purgeAt) - Date.parse(entry!.deletedAt)).toBe(30 * DAY);
    // Only the owner's trash holds it; nobody else may restore it or delete it for good.
    expect((await t.api('/api/trash', { personKey: stranger })).body.maps).toEqual([]);
    for (const [method, path] of [
      ['POST', `/api/maps/${mapId}/restore`],
      ['DELETE', `/api/trash/${mapId}`],
    ] as const) {
      const res = await t.api(path, { method, personKey: stranger });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('owner_only');
    }

    const restored = await t.api(`/api/maps/${mapId}/restore`, { method: 'POST', personKey: owner });
    expect(restored.status).toBe(200);
    expect(restored.body.map.title).toBe('Kept');
    expect((await t.api(`/api/maps/${mapId}/restore`, { method: 'POST', personKey: owner })).status).toBe(
      404,
    );
    expect((await t.api('/api/trash', { personKey: owner })).body.maps).toEqual([]);
    // Its links work again.
    const again = t.connect(mapId, new Y.Doc(), { token: link.token });
    await waitForSync(again);
  });

  it('the admin sees every trashed map and may delete it for good', async () => {
    const admin = 'admin-token-for-trash-tests';
    t = await startTestServer({ access: 'locked', adminToken: admin });
    const mapId = await t.createMap({ template: 'blank' }, admin);
    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE', token: admin })).status).toBe(204);
    expect((await t.api('/api/trash')).body.maps).toEqual([]);
    expect((await t.api('/api/trash', { token: admin })).body.maps).toHaveLength(1);
    expect((await t.api(`/api/trash/${mapId}`, { method: 'DELETE', token: admin })).status).toBe(204);
    expect(t.server.store.getMap(mapId)).toBeUndefined();
    expect((await t.api(`/api/trash/${mapId}`, { method: 'DELETE', token: admin })).status).toBe(404);
  });

  it('purges maps that have been in the trash for JOURNEY_TRASH_DAYS', async () => {
    let now = Date.UTC(2026, 0, 1);
    t = await startTestServer({ trashDays: 3, now: () => now });
    const gone = await t.createMap();
    const kept = await t.createMap();
    await t.api(`/api/maps/${gone}`, { method: 'DELETE' });
    now += 2 * DAY;
    await t.api(`/api/maps/${kept}`, { method: 'DELETE' });
    now += DAY - 1;
    await t.restart(); // purges at start
    expect(t.server.store.getMap(gone)).toBeDefined();
    now += 1;
    await t.restart();
    expect(t.server.store.getMap(gone)).toBeUndefined();
    expect(t.server.store.getMap(kept)?.deletedAt).not.toBeNull();
    expect((await t.api('/api/trash')).body.maps.map((m) => m.id)).toEqual([kept]);
  });
});
