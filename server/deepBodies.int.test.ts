import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/harness';

/** Deeply nested or malformed JSON bodies get a 400, never a 500 (a stack overflow), and change nothing. */
describe('deep and malformed bodies', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startTestServer();
  });
  afterEach(() => t.dispose());

  const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

  it('refuses an import nested deeper than 64 with 400 too_deep', async () => {
    for (const depth of [65, 20_000, 1_000_000]) {
      for (const body of [
        `{"format":"journey-map","version":1,"map":{"stages":${nested(depth)}}}`,
        // Today's file check quotes a wrong `format` back with JSON.stringify: deep enough, a stack overflow.
        `{"format":${nested(depth)}}`,
      ]) {
        const res = await t.api('/api/maps/import', { method: 'POST', body });
        expect([depth, res.status, res.body.error]).toEqual([depth, 400, 'too_deep']);
      }
    }
    expect(t.server.store.listMaps()).toHaveLength(0);
    expect((await t.api('/api/health')).status).toBe(200);
  });

  it('refuses deep bodies on the other JSON routes too', async () => {
    const id = await t.createMap();
    for (const [method, pathname] of [
      ['POST', '/api/maps'],
      ['PATCH', `/api/maps/${id}`],
      ['POST', `/api/maps/${id}/duplicate`],
      ['POST', `/api/maps/${id}/links`],
    ]) {
      const res = await t.api(pathname!, { method, body: `{"title":${nested(100_000)}}` });
      expect([pathname, res.status, res.body.error]).toEqual([pathname, 400, 'too_deep']);
    }
    expect(t.server.store.listMaps()).toHaveLength(1);
  });

  it('answers 400 for malformed bodies of every kind', async () => {
    const id = await t.createMap();
    for (const body of ['{', '[1,]', 'nul', '"\\u12"', '\u0000', '{"title":1}', '[]', '123', 'null']) {
      for (const [method, pathname] of [
        ['POST', '/api/maps'],
        ['POST', '/api/maps/import'],
        ['PATCH', `/api/maps/${id}`],
        ['POST', `/api/maps/${id}/links`],
      ]) {
        const res = await t.api(pathname!, { method, body });
        expect([body, pathname, res.status]).toEqual([body, pathname, 400]);
      }
    }
    expect(t.server.store.listMaps()).toHaveLength(1);
  });
});
