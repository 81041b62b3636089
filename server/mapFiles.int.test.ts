import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readMap } from '../model';
import { startTestServer, waitForSync, type TestServer } from './testing/harness';

/** Map files over HTTP: import validates and creates whole maps; scripts export JSON and CSV. */
describe('map files API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  const get = (path: string, token?: string) =>
    fetch(`${t.server.url}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});

  async function snapshotOf(mapId: string) {
    const client = t.connect(mapId);
    await waitForSync(client);
    return readMap(client.doc).map;
  }

  it('exports a map as a JSON file that imports into an identical new map', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const res = await get(`/api/maps/${mapId}/export.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="home-internet-connection-drops-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const file = (await res.json()) as { format: string; version: number; map: { touchpoints: unknown[] } };
    expect(file.format).toBe('journey-map');
    expect(file.map.touchpoints).toHaveLength(11);

    const imported = await t.api('/api/maps/import', { method: 'POST', body: file });
    expect(imported.status).toBe(201);
    expect(imported.body.map.id).not.toBe(mapId);
    expect(imported.body.map.title).toBe('Home internet: connection drops');
    expect(await snapshotOf(imported.body.map.id)).toEqual(await snapshotOf(mapId));
    expect((await t.api('/api/maps')).body.maps).toHaveLength(2);
  });

  it('refuses a bad file with a message naming what is wrong, and creates nothing', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const file = (await (await get(`/api/maps/${mapId}/export.json`)).json()) as {
      map: { touchpoints: Array<{ emotion: number }> };
    };
    file.map.touchpoints[3]!.emotion = 9;
    const bad = await t.api('/api/maps/import', { method: 'POST', body: file });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/touchpoints\[3\].*emotion/);
    const notAMap = await t.api('/api/maps/import', { method: 'POST', body: { hello: 'world' } });
    expect(notAMap.status).toBe(400);
    expect(notAMap.body.error).toMatch(/not a Journey map/);
    expect((await t.api('/api/maps')).body.maps).toHaveLength(1);
  });

  it('exports the touchpoints as CSV for spreadsheets', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const res = await get(`/api/maps/${mapId}/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/stage.*lane.*title.*channel.*owner.*emotion.*hub.*nps.*csat/i);
    expect(lines).toHaveLength(12);
    expect(lines.find((l) => l.includes('Agent call'))).toMatch(
      /Contact support.*Phone.*Contact center.*4\.2/,
    );
  });

  it('respects roles: a viewer link may export, a tampered one may not; unknown maps are 404', async () => {
    const mapId = await t.createMap({ template: 'sample' });
    const viewer = await t.createLink(mapId, 'viewer');
    expect((await get(`/api/maps/${mapId}/export.json`, viewer.token)).status).toBe(200);
    const tampered = viewer.token.slice(0, -2) + (viewer.token.endsWith('AA') ? 'BB' : 'AA');
    expect((await get(`/api/maps/${mapId}/export.csv`, tampered)).status).toBe(401);
    expect((await get('/api/maps/map_nope/export.json')).status).toBe(404);
  });
});
