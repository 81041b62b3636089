import { afterEach, describe, expect, it } from 'vitest';
import { readMap } from '../model';
import type { VersionSummary } from '../model/history/historyTypes';
import { mapOf, startTestServer, waitFor, type TestServer } from './testing/harness';

const ADMIN = 'admin-token-123456';

/**
 * Import over a map: `POST /api/maps/:id/import` turns the map into the file's content in one edit
 * that everyone connected sees, after a `before-import` safety version that undoes it.
 */
describe('import over a map', () => {
  let t: TestServer;
  afterEach(() => t.dispose());

  it('replaces the content for everyone connected, and restoring the safety version undoes it', async () => {
    t = await startTestServer();
    const mapId = await t.createMap({ template: 'sample' });
    const source = await t.createMap({ template: 'blank', title: 'From a file' });
    const file = (await t.api(`/api/maps/${source}/export.json`)).body;
    const ann = await t.joinAs(mapId, 'Ann');
    const before = mapOf(ann.client.doc);
    expect(before.touchpoints.length).toBeGreaterThan(0);

    const res = await t.api(`/api/maps/${mapId}/import`, { method: 'POST', body: file });
    expect(res.status).toBe(200);
    const { safety } = res.body as unknown as { safety: VersionSummary };
    expect(safety.reason).toBe('before-import');
    await waitFor(() => readMap(ann.client.doc).map.info.title === 'From a file', 5000, 'import seen');
    expect(readMap(ann.client.doc).map.touchpoints).toEqual([]);

    const undo = await t.api(`/api/maps/${mapId}/versions/${safety.id}/restore`, { method: 'POST' });
    expect(undo.status).toBe(200);
    await waitFor(() => readMap(ann.client.doc).map.touchpoints.length === before.touchpoints.length, 5000);
    expect(mapOf(ann.client.doc).touchpoints.map((c) => c.title)).toEqual(
      before.touchpoints.map((c) => c.title),
    );
  });

  it('refuses a bad file and a viewer, changing nothing', async () => {
    t = await startTestServer({ access: 'locked', adminToken: ADMIN });
    const mapId = await t.createMap({ template: 'sample' }, ADMIN);
    const file = (await t.api(`/api/maps/${mapId}/export.json`, { token: ADMIN })).body;
    const versions = async () =>
      (
        (await t.api(`/api/maps/${mapId}/versions`, { token: ADMIN })).body as unknown as {
          versions: VersionSummary[];
        }
      ).versions.length;
    const count = await versions();

    const bad = await t.api(`/api/maps/${mapId}/import`, {
      method: 'POST',
      body: { format: 'not a map' },
      token: ADMIN,
    });
    expect(bad.status).toBe(400);
    const viewer = await t.createLink(mapId, 'viewer', { token: ADMIN });
    const refused = await t.api(`/api/maps/${mapId}/import`, {
      method: 'POST',
      body: file,
      token: viewer.token,
    });
    expect(refused.status).toBe(403);
    expect(await versions()).toBe(count);
  });
});
