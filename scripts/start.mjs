#!/usr/bin/env node
// `npm start`: builds the client when dist/ is missing or stale, then runs the server.
//
// Stale means dist/index.html is older than any file in client/ or model/ (or the vite config) —
// a plain mtime check, good enough to never serve an old bundle after a `git pull`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

/** Newest mtime (ms) of any file under `path`, skipping node_modules and dot-folders. */
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name)));
  }
  return newest;
}

function clientIsStale() {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['client', 'model', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(join(root, p)),
  );
  return Math.max(...sources) > built;
}

if (clientIsStale()) {
  console.log('Building the client (vite build)…');
  const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Client build failed.');
    process.exit(build.status ?? 1);
  }
}

const port = process.env.PORT ?? '1234';
const host = process.env.HOST;
const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
console.log(`Journey: http://${shownHost}:${port}  (data in ${process.env.JOURNEY_DATA_DIR ?? './data'})`);

const child = spawn(bin('tsx'), ['server/main.ts'], { cwd: root, stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

child.on('error', (err) => {
  console.error(`Could not start the server: ${err.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    // Re-raise so our parent sees the same signal; fall back to the shell convention.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (constants.signals[signal] ?? 0)), 100).unref();
  } else {
    process.exit(code ?? 1);
  }
});
