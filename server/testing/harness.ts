import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { readMap } from '../../model';
import type { ApiMap } from '../http/mapsApi';
import { formatLogLine, type Logger, type LogLevel } from '../log';
import { startServer, type RunningServer, type StartOptions } from '../startServer';

/**
 * Integration-test helpers: a real server on port 0 with a temp data dir, stock y-websocket
 * clients, raw sockets, and polling waits (never sleeps sized to the machine's speed).
 */
export interface TestServer {
  server: RunningServer;
  dataDir: string;
  /** Every log line the server wrote, for asserting that an event was logged. */
  logs: string[];
  /** Base for WebsocketProvider: `${wsBase}` + '/' + mapId. */
  wsBase: string;
  /** Stops the server and starts a new one on the same data dir (and a new port). */
  restart(): Promise<void>;
  /** Stops the server, destroys the clients opened through it and deletes the data dir. */
  dispose(): Promise<void>;
  /** Calls the JSON API; a string `body` is sent as is (for malformed JSON). */
  api(
    pathname: string,
    init?: { method?: string; body?: unknown },
  ): Promise<{ status: number; body: ApiBody }>;
  createMap(body?: { title?: string; template?: 'blank' | 'sample' }): Promise<string>;
  connect(mapId: string, doc?: Y.Doc, params?: Record<string, string>): TestClient;
  rawSocket(mapId: string, options?: { autoPong?: boolean }): Promise<RawSocket>;
}

/**
 * Any JSON API answer. Typed as if every field were there so tests read naturally; the assertions
 * themselves check which ones are.
 */
export interface ApiBody {
  ok: boolean;
  /** GET /api/health: the server's clock (epoch ms). */
  now: number;
  map: ApiMap;
  maps: ApiMap[];
  error: string;
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves with the first close event the server sends this client. */
  closed: Promise<{ code: number; reason: string }>;
}

export interface RawSocket {
  ws: WebSocket;
  /** Every binary message received, from the very first (which may arrive with the handshake). */
  messages: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
}

export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-int-'));
  const logs: string[] = [];
  const write = (level: LogLevel) => (event: string, fields?: Record<string, unknown>) =>
    logs.push(formatLogLine(level, event, fields as never));
  const logger: Logger = { info: write('info'), warn: write('warn'), error: write('error') };
  const start = () =>
    startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      staticDir: path.join(dataDir, 'dist'),
      logger,
      ...options,
    });
  const clients: Array<{ provider: WebsocketProvider; doc: Y.Doc }> = [];
  const sockets: WebSocket[] = [];

  const t: TestServer = {
    server: await start(),
    dataDir,
    logs,
    get wsBase() {
      return `${t.server.url.replace(/^http/, 'ws')}/ws`;
    },
    async restart() {
      await t.server.close();
      t.server = await start();
    },
    async dispose() {
      for (const c of clients) {
        c.provider.destroy();
        c.doc.destroy();
      }
      for (const ws of sockets) ws.terminate();
      await t.server.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
    async api(pathname, init = {}) {
      const res = await fetch(t.server.url + pathname, {
        method: init.method ?? 'GET',
        headers: init.body === undefined ? {} : { 'Content-Type': 'application/json' },
        body:
          init.body === undefined
            ? undefined
            : typeof init.body === 'string'
              ? init.body
              : JSON.stringify(init.body),
      });
      const text = await res.text();
      return { status: res.status, body: (text === '' ? {} : JSON.parse(text)) as ApiBody };
    },
    async createMap(body = { template: 'blank' }) {
      const res = await t.api('/api/maps', { method: 'POST', body });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.map.id;
    },
    connect(mapId, doc = new Y.Doc(), params = {}) {
      const provider = new WebsocketProvider(t.wsBase, mapId, doc, {
        params,
        // Node 20 has no global WebSocket; without disableBc clients would sync through
        // BroadcastChannel and bypass the server.
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      clients.push({ provider, doc });
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        provider.on('connection-close', (event) => {
          if (event) resolve({ code: event.code, reason: event.reason });
        }),
      );
      return { doc, provider, closed };
    },
    async rawSocket(mapId, options = {}) {
      const ws = new WebSocket(`${t.wsBase}/${mapId}`, options);
      sockets.push(ws);
      const messages: Uint8Array[] = [];
      ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)));
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
      );
      await new Promise<void>((resolve, reject) => {
        ws.once('open', () => resolve());
        ws.once('error', reject);
      });
      return { ws, messages, closed };
    },
  };
  return t;
}

/** Polls `cond` until it holds; fails with `label` after `timeoutMs`. */
export async function waitFor(cond: () => boolean, timeoutMs = 5000, label = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function waitForSync(client: TestClient): Promise<void> {
  return waitFor(() => client.provider.synced, 5000, 'provider synced');
}

/** The map as the app sees it, for comparing two docs. */
export function mapOf(doc: Y.Doc) {
  return readMap(doc).map;
}

/** True when both docs hold exactly the same Yjs state. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}
