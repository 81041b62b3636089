import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import {
  PERSON_HEADER,
  personProtocols,
  newPersonKey,
  personIdFromKey,
  clientSchemaParams,
  CURRENT_SCHEMA_VERSION,
  SCHEMA_PARAM,
  JOURNEY_NOTICE_MESSAGE,
  NOTICES_PARAM,
  noticeParams,
  journeyNoticeSchema,
  readMap,
  type JourneyNotice,
  type Role,
} from '../../model';
import type { ApiLink } from '../http/linksApi';
import type { ApiMap } from '../http/mapsApi';
import { formatLogLine, type Logger, type LogLevel } from '../log';
import type { MapStore } from '../persistence/MapStore';
import { PgStore } from '../persistence/pg/PgStore';
import { SqliteStore } from '../persistence/SqliteStore';
import { startServer, type RunningServer, type StartOptions } from '../startServer';
import { createTestDatabase } from './testDatabase';

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
  /**
   * Another connection to the store the server uses, as a second process would read it: the SQLite
   * file in the data dir, or the PostgreSQL database (JOURNEY_TEST_STORE=postgres). Close it after.
   */
  openStore(): MapStore;
  /** Stops the server and starts a new one on the same data dir (and a new port). */
  restart(): Promise<void>;
  /** Stops the server, destroys the clients opened through it and deletes the data dir. */
  dispose(): Promise<void>;
  /**
   * Calls the JSON API; a string `body` is sent as is (for malformed JSON), a `token` as
   * `Authorization: Bearer`.
   */
  api(
    pathname: string,
    init?: { method?: string; body?: unknown; token?: string; personKey?: string },
  ): Promise<{ status: number; body: ApiBody }>;
  createMap(body?: { title?: string; template?: 'blank' | 'sample' }, token?: string): Promise<string>;
  /** Creates a share link through the API (as `token`'s holder, or as the open server's editor). */
  createLink(
    mapId: string,
    role: Role,
    options?: { expiresInHours?: number | null; token?: string; personKey?: string },
  ): Promise<TestLink>;
  /**
   * A stock provider on `room`: a map id, or `commentsRoom(mapId)`. It says it writes the current map
   * format (`?schema=`) as the app does, unless `params` sets `schema` itself.
   */
  connect(
    room: string,
    doc?: Y.Doc,
    params?: Record<string, string>,
    options?: { personKey?: string },
  ): TestClient;
  /**
   * A person joining `room` (a map id, or `commentsRoom(mapId)`) with a person key of their own, so
   * the test knows the id the server stamps, on a synced stock client. With `role`, through a share
   * link of that role (one per map and role); without, as the open server's editor (no link).
   */
  joinAs(room: string, name: string, options?: { role?: Role }): Promise<TestPerson>;
  /** A plain socket; `schema: null` leaves the map format out of the URL (a stale or stock client). */
  rawSocket(
    room: string,
    /** `notices: false` = a client that does not ask for journey notices (a stock one). */
    options?: {
      autoPong?: boolean;
      token?: string;
      schema?: string | null;
      personKey?: string;
      notices?: boolean;
    },
  ): Promise<RawSocket>;
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
  /** Machine-readable reason next to `error` (access refusals). */
  code: string;
  /** GET /api/maps/:id/access */
  role: Role;
  mode: 'open' | 'locked';
  canShare: boolean;
  isOwner: boolean;
  canGovern: boolean;
  link: TestLink;
  links: TestLink[];
}

/** A link as tests read it: typed with its token, which the API sends only where it may be used. */
export type TestLink = ApiLink & { token: string };

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves with the first close event the server sends this client. */
  closed: Promise<{ code: number; reason: string }>;
  /** Journey notices (message type 4) received, validated, in order. */
  notices: JourneyNotice[];
}

/** A person as the server knows them: the id it stamps on their connection, and their client. */
export interface TestPerson {
  client: TestClient;
  id: string;
  name: string;
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
  // JOURNEY_TEST_STORE=postgres: the server keeps its maps in a PostgreSQL database of this test's
  // own (issue 20), unless the test brings its own store; restarts reopen the same database.
  const database =
    process.env.JOURNEY_TEST_STORE === 'postgres' && !options.store && !options.databaseUrl
      ? await createTestDatabase()
      : undefined;
  const start = () =>
    startServer({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      staticDir: path.join(dataDir, 'dist'),
      logger,
      // Tests create many maps and try many bad tokens; the quota tests set low limits themselves.
      createPerMinute: 100_000,
      createBurst: 100_000,
      failedAttemptsPerMinute: 100_000,
      ...(database ? { databaseUrl: database.url } : {}),
      ...options,
    });
  const clients: Array<{ provider: WebsocketProvider; doc: Y.Doc }> = [];
  /** Share-link tokens by `mapId:role`, so a person's map and comments share one link. */
  const roleTokens = new Map<string, Promise<string>>();
  const sockets: WebSocket[] = [];

  const t: TestServer = {
    server: await start(),
    dataDir,
    logs,
    get wsBase() {
      return `${t.server.url.replace(/^http/, 'ws')}/ws`;
    },
    openStore() {
      return database ? new PgStore(database.url) : SqliteStore.inDataDir(dataDir);
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
      await database?.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
    async api(pathname, init = {}) {
      const headers: Record<string, string> = {};
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      if (init.token !== undefined) headers.Authorization = `Bearer ${init.token}`;
      if (init.personKey !== undefined) headers[PERSON_HEADER] = init.personKey;
      const res = await fetch(t.server.url + pathname, {
        method: init.method ?? 'GET',
        headers,
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
    async createMap(body = { template: 'blank' }, token) {
      const res = await t.api('/api/maps', { method: 'POST', body, token });
      if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.map.id;
    },
    async createLink(mapId, role, { expiresInHours, token, personKey } = {}) {
      const res = await t.api(`/api/maps/${mapId}/links`, {
        method: 'POST',
        body: { role, expiresInHours },
        token,
        personKey,
      });
      if (res.status !== 201) throw new Error(`link failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.link;
    },
    connect(room, doc = new Y.Doc(), params = {}, { personKey } = {}) {
      const provider = new WebsocketProvider(t.wsBase, room, doc, {
        // As the app's client does: it states its format and asks for journey notices.
        params: { ...clientSchemaParams(), ...noticeParams(), ...params },
        protocols: personKey ? personProtocols(personKey) : [],
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
      const notices: JourneyNotice[] = [];
      // As the app's client does: a stock provider only knows message types 0-3.
      provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = (_encoder, decoder) => {
        notices.push(journeyNoticeSchema.parse(JSON.parse(decoding.readVarString(decoder))));
      };
      return { doc, provider, closed, notices };
    },
    async joinAs(room, name, { role } = {}) {
      let params: Record<string, string> = {};
      if (role !== undefined) {
        const mapId = room.split('/')[0]!;
        let token = roleTokens.get(`${mapId}:${role}`);
        if (!token) {
          token = t.createLink(mapId, role).then((link) => link.token);
          roleTokens.set(`${mapId}:${role}`, token);
        }
        params = { token: await token };
      }
      const key = newPersonKey();
      const client = t.connect(room, new Y.Doc(), params, { personKey: key });
      await waitForSync(client);
      return { client, id: personIdFromKey(key), name };
    },
    async rawSocket(
      room,
      { token, schema = String(CURRENT_SCHEMA_VERSION), personKey, notices = true, ...options } = {},
    ) {
      const query = new URLSearchParams();
      if (token !== undefined) query.set('token', token);
      if (schema !== null) query.set(SCHEMA_PARAM, schema);
      if (notices) query.set(NOTICES_PARAM, '1');
      const search = query.size > 0 ? `?${query.toString()}` : '';
      const protocols = personKey ? personProtocols(personKey) : [];
      const ws = new WebSocket(`${t.wsBase}/${room}${search}`, protocols, options);
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

/** The room name of a map's comments doc, for `connect` and `rawSocket`. */
export function commentsRoom(mapId: string): string {
  return `${mapId}/comments`;
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

/** A doc as the store holds it (snapshot + log), or undefined: what a restarted server would load. */
export function storedDoc(store: MapStore, docId: string): Y.Doc | undefined {
  const stored = store.loadDoc(docId);
  if (!stored) return undefined;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** The map as the app sees it, for comparing two docs. */
export function mapOf(doc: Y.Doc) {
  return readMap(doc).map;
}

/** True when both docs hold exactly the same Yjs state. */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b)));
}

/** Status code of a WebSocket upgrade attempt that the server refuses. */
export async function upgradeStatus(url: string): Promise<number> {
  return (await upgradeResponse(url)).status;
}

/** Status and Retry-After of a WebSocket upgrade the server refuses. */
export function upgradeResponse(url: string): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, {
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
      },
    });
    req.on('response', (res) => {
      res.resume();
      const retry: unknown = res.headers['retry-after'];
      resolve({ status: res.statusCode ?? 0, retryAfter: typeof retry === 'string' ? retry : undefined });
    });
    req.on('upgrade', (_res, socket) => {
      socket.destroy();
      reject(new Error('upgrade was accepted'));
    });
    req.on('error', reject);
  });
}
