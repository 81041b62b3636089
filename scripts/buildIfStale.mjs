// Builds the client and the server bundle when missing or stale, for `npm start` and `npm run cluster`.
//
// Stale means the output is older than any of its sources (client/ or model/ for dist/index.html;
// server/ or model/ for build/server.mjs) — a plain mtime check, good enough to never serve an old
// build after a `git pull`. JOURNEY_SKIP_CLIENT_BUILD=1 skips the client check (the server
// benchmarks use it: they need no client, and a rebuild would only add noise).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newestMtime, serverIsStale } from './buildServer.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function clientIsStale() {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = ['client', 'model', 'vite.config.ts', 'package.json'].map((p) =>
    newestMtime(join(root, p)),
  );
  return Math.max(...sources) > built;
}

/** Builds what is stale; exits the process with the build's status when a build fails. */
export function buildIfStale() {
  if (process.env.JOURNEY_SKIP_CLIENT_BUILD !== '1' && clientIsStale()) {
    console.log('Building the client (vite build)…');
    const build = spawnSync(bin('vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) {
      console.error('Client build failed.');
      process.exit(build.status ?? 1);
    }
  }

  if (serverIsStale()) {
    console.log('Building the server (esbuild)…');
    // In a child, so esbuild's service process ends with the build instead of living beside the server.
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'buildServer.mjs')], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) {
      console.error('Server build failed.');
      process.exit(build.status ?? 1);
    }
  }
}
