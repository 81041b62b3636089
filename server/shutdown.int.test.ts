import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addStage, clientSchemaParams } from '../model';
import { CloseCode } from './closeCodes';
import { SqliteStore } from './persistence/SqliteStore';
import { mapOf, startTestServer, waitFor, waitForSync, type TestServer } from './testing/harness';

describe('graceful shutdown', () => {
  let t: TestServer | undefined;
  afterEach(async () => {
    await t?.dispose();
    t = undefined;
  });

  it('closes clients with 1001, compacts rooms and stops listening', async () => {
    t = await startTestServer();
    const mapId = await t.createMap();
    const client = t.connect(mapId);
    await waitForSync(client);
    addStage(client.doc, { name: 'Saved on shutdown' });
    await waitFor(() => t!.server.store.loadDoc(mapId)!.updates.length > 0);
    client.provider.shouldConnect = false; // no reconnect attempts against a stopped server

    const { url } = t.server;
    const store = t.openStore();
    await t.server.close();
    expect((await client.closed).code).toBe(CloseCode.GOING_AWAY);
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    try {
      expect(store.loadDoc(mapId)!.updates).toEqual([]);
    } finally {
      store.close();
    }
    await t.restart();
  });

  it('exits 0 on SIGTERM after closing clients with 1001 (npm run serve)', async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-sigterm-'));
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'main.ts')], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JOURNEY_DATA_DIR: dataDir, JOURNEY_LOG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await waitFor(() => /server\.listening .*port=(\d+)/.test(output), 15000, 'server start');
      const port = Number(/port=(\d+)/.exec(output)?.[1]);
      const base = `http://127.0.0.1:${port}`;
      const created = (await (
        await fetch(`${base}/api/maps`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).json()) as {
        map: { id: string };
      };
      const doc = new Y.Doc();
      const provider = new WebsocketProvider(`ws://127.0.0.1:${port}/ws`, created.map.id, doc, {
        params: clientSchemaParams(),
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      const closed = new Promise<number>((resolve) =>
        provider.on('connection-close', (e) => e && resolve(e.code)),
      );
      await waitFor(() => provider.synced, 5000, 'synced');
      const stages = mapOf(doc).stages.length;
      provider.shouldConnect = false;

      child.kill('SIGTERM');
      expect(await closed).toBe(CloseCode.GOING_AWAY);
      expect(await exited).toBe(0);
      expect(output).toContain('server.closed');
      provider.destroy();

      const store = SqliteStore.inDataDir(dataDir);
      try {
        const stored = store.loadDoc(created.map.id)!;
        const reloaded = new Y.Doc();
        Y.applyUpdate(reloaded, stored.snapshot);
        expect(mapOf(reloaded).stages.length).toBe(stages);
      } finally {
        store.close();
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  });
});
