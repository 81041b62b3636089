/**
 * The Journey server for the canvas bench: server/main.ts under tsx on a free loopback port with a
 * temp data dir, serving dist/ (rebuilt with `vite build` first when any client file is newer).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../server/processes';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Chromium's flags for every browser bench: no network chatter on this closed machine, no GPU. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface CanvasServer {
  readonly base: string;
  readonly wsBase: string;
  stop(): void;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds dist/ when it is missing or older than client/ or model/. */
export function ensureBuilt(): void {
  const index = path.join(ROOT, 'dist', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  if (built > Math.max(newestMtime(path.join(ROOT, 'client')), newestMtime(path.join(ROOT, 'model')))) return;
  console.log('building dist/ (npx vite build)…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}

/** `env` adds to the server's environment (e.g. lifted connection caps for hundreds of simulated peers). */
export async function startCanvasServer(env: Record<string, string> = {}): Promise<CanvasServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-canvas-bench-'));
  // One process (node with tsx's loader, no tsx wrapper), so killing it leaves no orphan behind.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      JOURNEY_DATA_DIR: dataDir,
      JOURNEY_LOG: 'silent',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  process.on('exit', () => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, wsBase: `ws://127.0.0.1:${port}/ws`, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('server did not start');
}

/** Creates a map from a map file; returns its id. */
export async function importMap(server: CanvasServer, file: unknown): Promise<string> {
  const res = await fetch(`${server.base}/api/maps/import`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(file),
  });
  if (!res.ok) throw new Error(`import failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { id?: string; map?: { id?: string } };
  const id = body.id ?? body.map?.id;
  if (!id) throw new Error(`import returned no id: ${JSON.stringify(body)}`);
  return id;
}
