import { afterEach, describe, expect, it } from 'vitest';
import type { StartOptions } from './startServer';
import { startTestServer, type TestServer } from './testing/harness';

/** Quotas: a rate per client address on everything that makes a map, and caps on maps and bytes. */
describe('quotas', () => {
  let t: TestServer | undefined;
  afterEach(() => t?.dispose());

  async function start(options: StartOptions) {
    t = await startTestServer(options);
    return t;
  }

  function post(server: TestServer, pathname: string, body: unknown = { template: 'blank' }) {
    return fetch(server.server.url + pathname, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('refuses the 31st create in a burst with 429 and Retry-After, creating nothing', async () => {
    const s = await start({ createPerMinute: 30, createBurst: 30 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(s, '/api/maps')));
    expect(answers.map((r) => r.status)).toEqual(Array(30).fill(201));
    const refused = await post(s, '/api/maps');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(s.server.store.listMaps()).toHaveLength(30);
  });

  it('counts import and duplicate against the same budget', async () => {
    const s = await start({ createPerMinute: 1, createBurst: 2 });
    const id = await s.createMap();
    const file: unknown = await (await fetch(`${s.server.url}/api/maps/${id}/export.json`)).json();
    expect((await post(s, '/api/maps/import', file)).status).toBe(201);
    const dup = await post(s, `/api/maps/${id}/duplicate`, {});
    expect(dup.status).toBe(429);
    expect(dup.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await post(s, '/api/maps/import', file)).status).toBe(429);
    expect(s.server.store.listMaps()).toHaveLength(2);
  });

  it('counts addresses apart: X-Forwarded-For only behind a trusted proxy', async () => {
    const s = await start({ createPerMinute: 1, createBurst: 1, trustProxy: true });
    const from = (address: string) =>
      fetch(`${s.server.url}/api/maps`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address },
        body: '{}',
      });
    expect((await from('192.0.2.1')).status).toBe(201);
    expect((await from('192.0.2.1')).status).toBe(429);
    expect((await from('192.0.2.2')).status).toBe(201);
  });

  it('refuses a map past JOURNEY_MAX_MAPS with 507 on create, import and duplicate', async () => {
    const s = await start({ maxMaps: 2 });
    const id = await s.createMap();
    const file: unknown = await (await fetch(`${s.server.url}/api/maps/${id}/export.json`)).json();
    expect((await post(s, '/api/maps')).status).toBe(201);
    for (const [pathname, body] of [
      ['/api/maps', {}],
      ['/api/maps/import', file],
      [`/api/maps/${id}/duplicate`, {}],
    ] as const) {
      const refused = await post(s, pathname, body);
      expect(refused.status).toBe(507);
      expect(await refused.json()).toMatchObject({ error: 'quota_exceeded' });
    }
    expect(s.server.store.listMaps()).toHaveLength(2);
  });

  it('refuses a map once the store holds JOURNEY_MAX_STORE_BYTES', async () => {
    const s = await start({ maxStoreBytes: 1024 * 1024 });
    let status = 201;
    let created = 0;
    // Sample maps are a few KB each: the cap is reached well before 2,000 of them.
    while (status === 201 && created < 2000) {
      status = (await post(s, '/api/maps', { template: 'sample' })).status;
      if (status === 201) created++;
    }
    expect(status).toBe(507);
    expect(s.server.store.usage().bytes).toBeGreaterThanOrEqual(1024 * 1024);
    expect(s.server.store.listMaps()).toHaveLength(created);
  });

  it('runs 2 imports at once with 16 waiting, and answers 503 + Retry-After beyond', async () => {
    const s = await start({});
    const id = await s.createMap({ template: 'sample' });
    const file: unknown = await (await fetch(`${s.server.url}/api/maps/${id}/export.json`)).json();
    // All sent at once: the first finishes long after the last arrived (a worker thread must start).
    const answers = await Promise.all(Array.from({ length: 30 }, () => post(s, '/api/maps/import', file)));
    const created = answers.filter((r) => r.status === 201);
    const busy = answers.filter((r) => r.status === 503);
    expect(created.length + busy.length).toBe(30);
    expect(created.length).toBeGreaterThanOrEqual(18);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const res of busy) {
      expect(await res.json()).toMatchObject({ error: 'import_busy' });
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(s.server.store.listMaps()).toHaveLength(created.length + 1);
    // Once the queue drained, imports are taken again.
    expect((await post(s, '/api/maps/import', file)).status).toBe(201);
  });
});
