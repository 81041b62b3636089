import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTouchpoint, clientSchemaParams, JOURNEY_NOTICE_MESSAGE, readMap } from '../../model';
import { createChildServer, freePort, type ChildServer } from './childServer';

/**
 * Issue 20: several real server processes (server/main.ts children) sharing one store and one
 * Redis, with stock y-websocket clients, for the multi-process integration tests.
 */

/** Starts `count` processes with the same shared settings (store, Redis, access). */
export async function startProcesses(count: number, env: Record<string, string>): Promise<ChildServer[]> {
  const started: ChildServer[] = [];
  const start = async () => {
    const server = await createChildServer({
      env: { ...env, JOURNEY_LOG: 'console' },
      startTimeoutMs: 45_000,
    });
    started.push(server);
    return server;
  };
  try {
    // The first alone, so that it creates the database's tables; then the others together.
    await start();
    await Promise.all(Array.from({ length: count - 1 }, start));
  } catch (err) {
    await Promise.all(started.map((s) => s.dispose()));
    throw err;
  }
  return started;
}

/** A stock client adding touchpoints titled `<name>:<n>`. */
export interface StockClient {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Titles this client made, in order. */
  readonly made: string[];
  /** Close codes the server sent. */
  readonly closeCodes: number[];
  /** Adds one touchpoint now. */
  write(stageId: string): string;
  /** Writes every `gapMs` until stopped. */
  start(stageId: string, gapMs: number): void;
  stop(): void;
  destroy(): void;
}

export function stockClient(
  wsBase: string,
  mapId: string,
  name: string,
  params: Record<string, string> = {},
): StockClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, mapId, doc, {
    params: { ...clientSchemaParams(), ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Through the servers only: an edit one client holds from another came through a server.
    disableBc: true,
    maxBackoffTime: 300,
  });
  // Journey notices (the role on connect) are not part of these tests.
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = () => undefined;
  const closeCodes: number[] = [];
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  let timer: NodeJS.Timeout | undefined;
  const client: StockClient = {
    name,
    doc,
    provider,
    made: [],
    closeCodes,
    write(stageId) {
      const title = `${name}:${client.made.length}`;
      addTouchpoint(doc, { stageId, title });
      client.made.push(title);
      return title;
    },
    start(stageId, gapMs) {
      const tick = () => {
        client.write(stageId);
        timer = setTimeout(tick, gapMs);
      };
      timer = setTimeout(tick, gapMs);
    },
    stop() {
      clearTimeout(timer);
    },
    destroy() {
      client.stop();
      provider.destroy();
      doc.destroy();
    },
  };
  return client;
}

export function titlesIn(doc: Y.Doc): string[] {
  return readMap(doc).map.touchpoints.map((t) => t.title);
}

export function stageIdsOf(doc: Y.Doc): string[] {
  return readMap(doc).map.stages.map((s) => s.id);
}

export async function createMap(url: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await fetch(`${url}/api/maps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ title: 'Cluster test', template: 'blank' }),
  });
  if (res.status !== 201) throw new Error(`creating a map: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { map: { id: string } }).map.id;
}

/** A redis-server of the test's own (no persistence), on a port it keeps across restarts. */
export interface OwnRedis {
  readonly url: string;
  start(): Promise<void>;
  /** SIGKILL: Redis is gone at once, as in a crash. */
  kill(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-redis-'));
  let proc: ChildProcess | undefined;
  let exited = Promise.resolve();
  const redis: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    async start() {
      const child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
        { stdio: 'ignore' },
      );
      proc = child;
      exited = new Promise((resolve) => child.once('exit', () => resolve()));
      await waitForPort(port, 10_000);
    },
    async kill() {
      proc?.kill('SIGKILL');
      await exited;
      proc = undefined;
    },
    async dispose() {
      await redis.kill();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
  await redis.start();
  return redis;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
