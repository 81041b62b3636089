import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { SQL } from '../persistence/sqliteSchema';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(REPO_ROOT, 'server', 'main.ts');

/**
 * The real server (`server/main.ts`) as a child process, for tests that crash it: `node --import
 * tsx`, so the PID that `kill()` signals is the server itself, not a tsx wrapper around it. It
 * listens on one fixed port for its whole life, so stock providers reconnect by themselves after
 * a restart, and keeps one temp data dir, so a restart loads what the crash left on disk.
 */
export interface ChildServer {
  readonly port: number;
  readonly dataDir: string;
  /** http://127.0.0.1:port */
  readonly url: string;
  /** Base for WebsocketProvider: `${wsBase}` + '/' + mapId. */
  readonly wsBase: string;
  /** True while a server process is up (started and not yet exited). */
  readonly running: boolean;
  /** The server process's id while it runs (e.g. to read its memory from /proc). */
  readonly pid: number | undefined;
  /** The last few KB the current (or last) process printed, for failure messages. */
  readonly output: string;
  /**
   * Starts the server on the same port and data dir; resolves once /api/health answers. `env`
   * replaces the options' extra settings for this start (e.g. a restart without a test fault).
   */
  start(env?: Record<string, string>): Promise<void>;
  /** kill -9: no shutdown hook runs, nothing is flushed or compacted. Resolves once it has exited. */
  crash(): Promise<void>;
  /**
   * The stored doc (snapshot + logged updates) as a restarted server would load it, or undefined
   * if there is no such map. Read through a second, read-only connection: beside a running server
   * it sees only committed transactions (WAL), and after a crash it leaves the files as the crash
   * left them (a read-write connection would checkpoint the WAL away on close), so the restarted
   * server does its own recovery.
   */
  readStored(docId: string): Y.Doc | undefined;
  /** Kills the server if it runs and deletes the data dir. */
  dispose(): Promise<void>;
}

export interface ChildServerOptions {
  /** Extra JOURNEY_* settings, e.g. `{ JOURNEY_COMPACT_EVERY: '25' }`. */
  env?: Record<string, string>;
  /** How long a start may take before failing. */
  startTimeoutMs?: number;
}

export async function createChildServer(options: ChildServerOptions = {}): Promise<ChildServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'journey-child-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  let output = '';

  const server: ChildServer = {
    port,
    dataDir,
    url,
    wsBase: `ws://127.0.0.1:${port}/ws`,
    get running() {
      return child !== undefined;
    },
    get pid() {
      return child?.pid;
    },
    get output() {
      return output;
    },
    async start(env = options.env) {
      if (child) throw new Error('the child server is already running');
      output = '';
      const proc = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        cwd: REPO_ROOT,
        env: { ...inheritedEnv(), ...serverEnv(port, dataDir), ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
      proc.stdout?.on('data', keep);
      proc.stderr?.on('data', keep);
      exited = new Promise((resolve) =>
        proc.once('exit', () => {
          if (child === proc) child = undefined;
          resolve();
        }),
      );
      try {
        await waitForHealth(url, () => child === proc, options.startTimeoutMs ?? 20_000);
      } catch (err) {
        proc.kill('SIGKILL');
        await exited;
        throw new Error(`${(err as Error).message}\n--- server output ---\n${output}`);
      }
    },
    async crash() {
      if (!child) throw new Error('the child server is not running');
      child.kill('SIGKILL');
      await exited;
    },
    readStored(docId) {
      return readStoredDoc(path.join(dataDir, 'journey.sqlite'), docId);
    },
    async dispose() {
      if (child) await server.crash();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

export function readStoredDoc(file: string, docId: string): Y.Doc | undefined {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.transaction(() => {
      const mapId = docId.split('/')[0];
      if (!db.prepare(SQL.getMap).get(mapId)) return undefined;
      const snapshot = db.prepare(SQL.getSnapshot).get(docId) as { data: Buffer } | undefined;
      const updates = db.prepare(SQL.listUpdates).all(docId) as Array<{ data: Buffer }>;
      const doc = new Y.Doc();
      if (snapshot) Y.applyUpdate(doc, snapshot.data);
      for (const row of updates) Y.applyUpdate(doc, row.data);
      return doc;
    })();
  } finally {
    db.close();
  }
}

/** The test's environment without JOURNEY_* or PORT/HOST settings, so the child is hermetic. */
function inheritedEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('JOURNEY_') && key !== 'PORT' && key !== 'HOST',
    ),
  );
}

function serverEnv(port: number, dataDir: string): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    JOURNEY_DATA_DIR: dataDir,
    JOURNEY_STATIC_DIR: path.join(dataDir, 'dist'),
    JOURNEY_LOG: 'silent',
  };
}

/** A port nobody listens on right now (the OS picks it), kept for every restart. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, alive: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive()) throw new Error('the child server exited during start');
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`the child server did not answer /api/health within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
