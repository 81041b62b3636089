import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config';
import { startServer } from './startServer';
import { startTestServer, type TestServer } from './testing/harness';

describe('honest open mode', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('binds loopback by default', () => {
    expect(DEFAULT_CONFIG.host).toBe('127.0.0.1');
    expect(DEFAULT_CONFIG.access).toBe('open');
  });

  it('refuses to serve an open server on a network address unless open was asked for', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-open-'));
    try {
      const options = { port: 0, dataDir, access: 'open' as const };
      await expect(startServer({ ...options, host: '0.0.0.0' })).rejects.toThrow(/JOURNEY_ACCESS=locked/);
      // Nothing was opened: no database in the data dir.
      expect(await fs.readdir(dataDir)).toEqual([]);
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });

  it('serves the network when JOURNEY_ACCESS=open is explicit, with a loud warning', async () => {
    t = await startTestServer({ host: '0.0.0.0', openOnNetwork: true });
    expect(t.logs.some((l) => l.startsWith('[journey] WARN server.open_on_network'))).toBe(true);
    expect((await t.api('/api/health')).status).toBe(200);
  });

  it('serves the network in locked mode without a warning', async () => {
    t = await startTestServer({ host: '0.0.0.0', access: 'locked' });
    expect(t.logs.some((l) => l.includes('open_on_network'))).toBe(false);
  });

  it('tells clients whether it is open: GET /api/server', async () => {
    t = await startTestServer();
    const open = await fetch(`${t.server.url}/api/server`);
    expect(open.status).toBe(200);
    expect(await open.json()).toEqual({ access: 'open' });
    await t.dispose();
    t = await startTestServer({ access: 'locked' });
    // No token needed: the maps page asks before it has one.
    expect(await (await fetch(`${t.server.url}/api/server`)).json()).toEqual({ access: 'locked' });
  });
});
