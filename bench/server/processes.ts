/**
 * Starts the two servers under test as child processes on loopback — Journey exactly as `npm start`
 * runs it, the reference @y/websocket-server as its README says — on free ports with a temp data
 * dir, and reads their memory and CPU from /proc over the whole process tree (a launcher plus the
 * server it spawns counts as one server). Children are killed when the bench exits, however it exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLOCK_TICKS_PER_S = 100;

export type ServerKind = 'journey' | 'reference';

export interface BenchServer {
  kind: ServerKind;
  pid: number;
  httpBase: string;
  wsBase: string;
  dataDir: string | undefined;
  /** The y-websocket room name for the n-th room of a bench (Journey: a map created for it). */
  createRooms(count: number): Promise<string[]>;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
function killAll(): void {
  for (const child of running) child.kill('SIGKILL');
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/**
 * Node's arguments in a package.json script (`node [flags] scripts/….mjs`; `start` by default), so the
 * bench runs Journey exactly as `npm start` (or `npm run cluster`) does, without npm's own process in
 * the measured tree. Undefined when package.json has no such script.
 */
export function npmScriptArgs(name = 'start'): string[] | undefined {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string | undefined>;
  };
  const script = pkg.scripts[name];
  if (script === undefined) return undefined;
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`npm run ${name} must run node directly, found: ${script}`);
  return args;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `args`: node's arguments instead of `npm start`'s (Journey only; T10 runs `npm run cluster`). */
export async function startServer(
  kind: ServerKind,
  env: Record<string, string> = {},
  args: string[] = kind === 'journey'
    ? npmScriptArgs('start')!
    : [path.join(ROOT, 'node_modules/@y/websocket-server/src/server.js')],
): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = kind === 'journey' ? fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-')) : undefined;
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(dataDir
        ? {
            JOURNEY_DATA_DIR: dataDir,
            JOURNEY_LOG: 'silent',
            JOURNEY_SKIP_CLIENT_BUILD: '1',
            // The benches open thousands of sockets from one address: lift the connection caps.
            JOURNEY_MAX_CONNECTIONS: '100000',
            JOURNEY_MAX_CONNECTIONS_PER_ADDRESS: '100000',
            // createRooms makes hundreds of maps from one address in a moment: not what is measured.
            JOURNEY_CREATE_PER_MINUTE: '1000000',
            JOURNEY_CREATE_BURST: '1000000',
            JOURNEY_MAX_MAPS: '1000000',
          }
        : {}),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  running.add(child);
  const httpBase = `http://127.0.0.1:${port}`;
  let nextRoom = 0;
  await waitForHttp(kind === 'journey' ? `${httpBase}/api/health` : httpBase, child);
  return {
    kind,
    pid: child.pid!,
    httpBase,
    wsBase: `ws://127.0.0.1:${port}${kind === 'journey' ? '/ws' : ''}`,
    dataDir,
    async createRooms(count) {
      const names: string[] = [];
      for (let i = 0; i < count; i++) {
        // The reference keeps every doc for good: a name is never reused within one server.
        if (kind === 'reference') names.push(`bench-${nextRoom++}`);
        else names.push(await createMap(httpBase, `Bench ${i}`));
      }
      return names;
    },
    async stop() {
      running.delete(child);
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        // The whole group: `npm start` may have a child of its own.
        process.kill(-child.pid!, 'SIGTERM');
        const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function createMap(httpBase: string, title: string): Promise<string> {
  const res = await fetch(`${httpBase}/api/maps`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template: 'blank' }),
  });
  if (!res.ok) throw new Error(`POST /api/maps: ${res.status}`);
  const body = (await res.json()) as { map: { id: string } };
  return body.map.id;
}

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/** Resident memory (bytes) and CPU time used so far (s) by `pid` and all its descendants. */
export function treeUsage(pid: number): { rssBytes: number; cpuSeconds: number; processes: number } {
  const stats = new Map<number, { ppid: number; ticks: number; rssPages: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      stats.set(Number(entry), {
        ppid: Number(f[1]),
        ticks: Number(f[11]) + Number(f[12]),
        rssPages: Number(f[21]),
      });
    } catch {
      // exited while we read
    }
  }
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, s] of stats) {
      if (!tree.has(p) && tree.has(s.ppid)) {
        tree.add(p);
        grew = true;
      }
    }
  }
  let ticks = 0;
  let pages = 0;
  for (const p of tree) {
    ticks += stats.get(p)?.ticks ?? 0;
    pages += stats.get(p)?.rssPages ?? 0;
  }
  return { rssBytes: pages * 4096, cpuSeconds: ticks / CLOCK_TICKS_PER_S, processes: tree.size };
}

/**
 * CPU-seconds per thread of one process (`/proc/<pid>/task`), keyed `tid name` (Linux thread
 * names: the main thread and worker threads are `node`, libuv's pool `libuv-worker`, V8's helpers
 * `V8 DefaultWorke`). For splitting a server's CPU between its event loop and its journal worker.
 */
export function threadUsage(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
      const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
      out.set(`${tid} ${name}`, (Number(f[11]) + Number(f[12])) / CLOCK_TICKS_PER_S);
    } catch {
      // the thread ended while we read
    }
  }
  return out;
}

/** What each thread spent between two `threadUsage` readings, busiest first, in % of a core. */
export function threadShares(
  before: Map<string, number>,
  after: Map<string, number>,
  seconds: number,
): Array<{ thread: string; cpuPercent: number }> {
  return [...after]
    .map(([thread, s]) => ({ thread, cpuPercent: ((s - (before.get(thread) ?? 0)) / seconds) * 100 }))
    .filter((t) => t.cpuPercent >= 0.5)
    .sort((a, b) => b.cpuPercent - a.cpuPercent);
}
