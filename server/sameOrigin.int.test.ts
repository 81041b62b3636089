import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../model';
import { startTestServer, type TestServer } from './testing/harness';
import { rawRequest, tryWebSocket } from './testing/rawHttp';

const EVIL = 'http://evil.example';

/** What a page on another site can send without a CORS preflight: a "simple" text/plain POST. */
const blindPost = (t: TestServer, path: string, body: string) =>
  rawRequest(t.server.url + path, {
    method: 'POST',
    headers: { Origin: EVIL, 'Content-Type': 'text/plain;charset=UTF-8' },
    body,
  });

describe('same origin by default', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer();
    mapId = await t.createMap({ title: 'Target', template: 'sample' });
  });
  afterEach(() => t.dispose());

  it('refuses cross-origin create, import and duplicate, and creates nothing', async () => {
    const file = await rawRequest(`${t.server.url}/api/maps/${mapId}/export.json`);
    expect(file.status).toBe(200);
    for (const [path, body] of [
      ['/api/maps', '{"title":"pwned"}'],
      ['/api/maps/import', file.body],
      [`/api/maps/${mapId}/duplicate`, '{}'],
    ] as const) {
      const res = await blindPost(t, path, body);
      expect(res.status, path).toBe(403);
      expect(JSON.parse(res.body)).toEqual({ error: 'origin_forbidden' });
    }
    expect(t.server.store.listMaps().map((m) => m.id)).toEqual([mapId]);
  });

  it('refuses a cross-origin rename and delete', async () => {
    for (const method of ['PATCH', 'DELETE']) {
      const res = await rawRequest(`${t.server.url}/api/maps/${mapId}`, {
        method,
        headers: { Origin: EVIL, 'Content-Type': 'application/json' },
        body: method === 'PATCH' ? '{"title":"pwned"}' : undefined,
      });
      expect(res.status, method).toBe(403);
    }
    expect(t.server.store.listMaps().map((m) => m.title)).toEqual(['Target']);
  });

  it('wants a JSON content type for any body, even without an Origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await rawRequest(`${t.server.url}/api/maps`, {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: '{"title":"sneaky"}',
      });
      expect(res.status, String(type)).toBe(415);
      expect(JSON.parse(res.body)).toEqual({ error: 'unsupported_media_type' });
    }
    const dup = await rawRequest(`${t.server.url}/api/maps/${mapId}/duplicate`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(dup.status).toBe(415);
    expect(t.server.store.listMaps()).toHaveLength(1);
    // No body needs no content type: `POST /api/maps` alone still makes a map.
    expect((await rawRequest(`${t.server.url}/api/maps`, { method: 'POST' })).status).toBe(201);
  });

  it('refuses a cross-site WebSocket before the handshake', async () => {
    expect(
      await tryWebSocket(`${t.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`, { Origin: EVIL }),
    ).toBe(403);
    expect(await tryWebSocket(`${t.wsBase}/${mapId}/comments`, { Origin: 'null' })).toBe(403);
    expect(t.logs.some((l) => l.includes('ws.origin_refused'))).toBe(true);
  });

  it('refuses a DNS-rebinding Host on HTTP and WebSocket', async () => {
    const port = t.server.port;
    const rebound = { Host: `evil.example:${port}` };
    const list = await rawRequest(`${t.server.url}/api/maps`, { headers: rebound });
    expect(list.status).toBe(421);
    expect(JSON.parse(list.body)).toEqual({ error: 'host_forbidden' });
    expect(list.body).not.toContain(mapId);
    // Same-origin as far as the browser knows: Origin and Host both name the attacker's host.
    const del = await rawRequest(`${t.server.url}/api/maps/${mapId}`, {
      method: 'DELETE',
      headers: { ...rebound, Origin: `http://evil.example:${port}` },
    });
    expect(del.status).toBe(421);
    expect(t.server.store.getMap(mapId)).toBeDefined();
    expect(await tryWebSocket(`${t.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`, rebound)).toBe(421);
  });

  it('accepts its own origin, loopback names and IP literals', async () => {
    const own = await rawRequest(`${t.server.url}/api/maps`, {
      method: 'POST',
      headers: { Origin: t.server.url, 'Content-Type': 'application/json' },
      body: '{"template":"blank"}',
    });
    expect(own.status).toBe(201);
    expect(
      await tryWebSocket(`${t.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`, { Origin: t.server.url }),
    ).toBe('open');
    for (const host of [`localhost:${t.server.port}`, `[::1]:${t.server.port}`, '10.0.0.7']) {
      expect((await rawRequest(`${t.server.url}/api/health`, { headers: { Host: host } })).status, host).toBe(
        200,
      );
    }
  });
});

describe('configured hosts and origins', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer({
      publicHosts: ['journey.example.com'],
      allowedOrigins: ['http://localhost:5173'],
    });
  });
  afterEach(() => t.dispose());

  it('accepts JOURNEY_PUBLIC_HOSTS and JOURNEY_ALLOWED_ORIGINS, and only those', async () => {
    const mapId = await t.createMap();
    const named = await rawRequest(`${t.server.url}/api/maps`, {
      method: 'POST',
      headers: {
        Host: 'journey.example.com',
        Origin: 'https://journey.example.com',
        'Content-Type': 'application/json',
      },
      body: '{}',
    });
    expect(named.status).toBe(201);
    const ws = `${t.wsBase}/${mapId}?schema=${CURRENT_SCHEMA_VERSION}`;
    expect(await tryWebSocket(ws, { Origin: 'http://localhost:5173' })).toBe('open');
    expect(await tryWebSocket(ws, { Origin: 'http://localhost:5174' })).toBe(403);
    expect(
      (await rawRequest(`${t.server.url}/api/health`, { headers: { Host: 'other.example.com' } })).status,
    ).toBe(421);
  });
});
