import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStage, claimFacilitatorSeat, newPersonKey, personIdFromKey, readMapInfo } from '../model';
import { CloseCode } from './closeCodes';
import { mapOf, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

describe('HTTP API', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it('answers health', async () => {
    const before = Date.now();
    const health = await t.api('/api/health');
    expect(health.status).toBe(200);
    expect(Object.keys(health.body).sort()).toEqual(['now', 'ok']);
    expect(health.body.ok).toBe(true);
    // The server's clock, for the clients' clock correction (the shared facilitator timer).
    expect(health.body.now).toBeGreaterThanOrEqual(before);
    expect(health.body.now).toBeLessThanOrEqual(Date.now());
  });

  it('creates maps from templates and lists them newest first', async () => {
    const sample = await t.api('/api/maps', { method: 'POST', body: {} });
    expect(sample.status).toBe(201);
    expect(sample.body.map.id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(sample.body.map.title).not.toBe('');
    expect(Date.parse(sample.body.map.createdAt)).not.toBeNaN();
    const blank = await t.api('/api/maps', {
      method: 'POST',
      body: { title: '  Onboarding  ', template: 'blank' },
    });
    expect(blank.body.map.title).toBe('Onboarding');

    const client = t.connect(blank.body.map.id);
    await waitForSync(client);
    expect(readMapInfo(client.doc).title).toBe('Onboarding');
    addStage(client.doc, { name: 'Touch' }); // makes it the most recently updated
    await waitFor(() => t.server.store.listMaps()[0]?.id === blank.body.map.id);

    const list = await t.api('/api/maps');
    expect(list.body.maps.map((m: { id: string }) => m.id)).toEqual([blank.body.map.id, sample.body.map.id]);
    expect((await t.api(`/api/maps/${sample.body.map.id}`)).body.map).toEqual(sample.body.map);
  });

  it('renames through the live room: connected clients see the new title at once', async () => {
    const mapId = await t.createMap({ title: 'Old', template: 'blank' });
    const client = t.connect(mapId);
    await waitForSync(client);
    const res = await t.api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'New name' } });
    expect(res.status).toBe(200);
    expect(res.body.map.title).toBe('New name');
    await waitFor(() => readMapInfo(client.doc).title === 'New name', 5000, 'client sees rename');
    expect((await t.api('/api/maps')).body.maps[0]?.title).toBe('New name');
  });

  it('renames a map nobody has open, durably', async () => {
    const mapId = await t.createMap({ title: 'Quiet', template: 'blank' });
    expect((await t.api(`/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'Renamed' } })).status).toBe(
      200,
    );
    await t.restart();
    expect((await t.api(`/api/maps/${mapId}`)).body.map.title).toBe('Renamed');
    const client = t.connect(mapId);
    await waitForSync(client);
    expect(readMapInfo(client.doc).title).toBe('Renamed');
  });

  it('duplicates the full live content under a new id and title', async () => {
    const mapId = await t.createMap({ title: 'Home internet', template: 'sample' });
    const key = newPersonKey();
    const editor = t.connect(mapId, undefined, {}, { personKey: key });
    await waitForSync(editor);
    addStage(editor.doc, { name: 'Unsaved-looking edit' });
    // The server takes a seat only for the person on the connection.
    claimFacilitatorSeat(editor.doc, { userId: personIdFromKey(key), name: 'Alice' });
    await waitFor(() => mapOf(t.server.rooms.get(mapId)!.doc).facilitation.facilitator !== null);

    const copy = await t.api(`/api/maps/${mapId}/duplicate`, { method: 'POST' });
    expect(copy.status).toBe(201);
    expect(copy.body.map.title).toBe('Copy of Home internet');
    expect(copy.body.map.id).not.toBe(mapId);
    const reader = t.connect(copy.body.map.id);
    await waitForSync(reader);
    const original = mapOf(editor.doc);
    const copied = mapOf(reader.doc);
    expect(copied.info.title).toBe('Copy of Home internet');
    expect({ ...copied, info: original.info, facilitation: original.facilitation }).toEqual(original);
    // A copy is a new workshop: the seat is free again.
    expect(copied.facilitation.facilitator).toBeNull();

    const named = await t.api(`/api/maps/${mapId}/duplicate`, {
      method: 'POST',
      body: { title: 'Variant B' },
    });
    expect(named.body.map.title).toBe('Variant B');
  });

  it('deletes a map: connected clients are closed with 4404 and do not come back', async () => {
    const mapId = await t.createMap();
    const client = t.connect(mapId);
    await waitForSync(client);
    const stopped = new Promise<{ code: number }>((resolve) =>
      client.provider.on('closed', (e) => resolve(e)),
    );

    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE' })).status).toBe(204);
    expect((await client.closed).code).toBe(CloseCode.MAP_NOT_FOUND);
    expect((await stopped).code).toBe(CloseCode.MAP_NOT_FOUND);
    expect((await t.api(`/api/maps/${mapId}`)).status).toBe(404);
    expect((await t.api(`/api/maps/${mapId}`, { method: 'DELETE' })).status).toBe(404);
    expect(t.server.store.loadDoc(mapId)).toBeUndefined();
    expect((await t.api('/api/maps')).body.maps).toEqual([]);
  });

  it('answers 404, 405, 400 and 413 with JSON errors', async () => {
    const mapId = await t.createMap();
    const expectError = async (status: number, p: string, init?: { method?: string; body?: unknown }) => {
      const res = await t.api(p, init);
      expect(res.status, `${init?.method ?? 'GET'} ${p}`).toBe(status);
      expect(Object.keys(res.body)).toEqual(['error']);
      expect(res.body.error).toMatch(/\S/);
    };
    await expectError(404, '/api/maps/map_nothere');
    await expectError(404, '/api/maps/bad$id');
    await expectError(404, '/api/maps/map_nothere', { method: 'PATCH', body: { title: 'x' } });
    await expectError(404, '/api/maps/map_nothere/duplicate', { method: 'POST' });
    await expectError(404, '/api/nope');
    await expectError(405, '/api/maps', { method: 'DELETE' });
    await expectError(405, '/api/health', { method: 'POST' });
    await expectError(400, '/api/maps', { method: 'POST', body: '{"title": ' });
    await expectError(400, '/api/maps', { method: 'POST', body: { template: 'Kanban board' } });
    await expectError(400, '/api/maps', { method: 'POST', body: { title: 42 } });
    await expectError(400, '/api/maps', { method: 'POST', body: { title: 'ok', extra: true } });
    await expectError(400, '/api/maps', { method: 'POST', body: [] });
    await expectError(400, `/api/maps/${mapId}`, { method: 'PATCH', body: {} });
    await expectError(400, `/api/maps/${mapId}`, { method: 'PATCH', body: { title: '   ' } });
    await expectError(400, `/api/maps/${mapId}`, { method: 'PATCH', body: { title: 'x'.repeat(201) } });
    await expectError(413, '/api/maps', { method: 'POST', body: { title: 'x'.repeat(1024 * 1024 + 10) } });
    const res = await fetch(`${t.server.url}/api/maps`, { method: 'PUT' });
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect((await t.api('/api/health')).status).toBe(200);
  });
});

describe('static client', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  it('says the client is not built when dist/ is missing', async () => {
    const res = await fetch(`${t.server.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('npm run build');
  });

  it('serves files with content types and falls back to index.html for client routes', async () => {
    const dist = path.join(t.dataDir, 'dist');
    await fs.mkdir(path.join(dist, 'assets'), { recursive: true });
    await fs.writeFile(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    await fs.writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    await fs.writeFile(path.join(dist, 'assets', 'app-1234.css'), 'body{}');
    await fs.writeFile(path.join(t.dataDir, 'secret.txt'), 'secret');

    const get = (p: string) => fetch(`${t.server.url}${p}`);
    const js = await get('/assets/app-1234.js');
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/app-1234.css')).headers.get('content-type')).toMatch(/^text\/css/);
    const route = await get('/maps/map_abc');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('id="root"');
    expect((await get('/assets/missing.js')).status).toBe(404);
    expect((await get('/..%2fsecret.txt')).status).toBe(404);
    expect((await get('/assets/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await fetch(`${t.server.url}/`, { method: 'POST' })).status).toBe(405);
    expect((await get('/ws/map_abc')).status).toBe(426);
  });
});
