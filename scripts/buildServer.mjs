#!/usr/bin/env node
// Bundles the server (server/ + model/ + the packages they use) into build/server.mjs with esbuild,
// so `npm start` runs it with plain node: no tsx loader and no esbuild service process at run time
// (those took ~100 MB of the ~170 MB an idle server used), and one module instead of hundreds
// (another ~12 MB, measured: node_modules kept external idled at ~75 MB, bundled at ~63 MB).
// better-sqlite3 stays external: it loads a native addon from its own folder. package.json's `start`
// runs node with --max-semi-space-size=1 (a 1 MB young generation instead of up to 16 MB): the server
// allocates little that lives, and it keeps RSS ~10 MB lower under 2,000 connections (bench T2).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** In build/ so that server/config.ts's `import.meta.dirname/..` is still the repository root. */
export const SERVER_BUNDLE = join(root, 'build', 'server.mjs');
/** The import worker's bundle (server/imports/importWorker.ts), loaded by ImportPool from beside the server's. */
export const IMPORT_WORKER_BUNDLE = join(root, 'build', 'importWorker.mjs');
/** The journal's worker (server/persistence/journalWorker.ts), loaded by journalSinks.ts from beside the server's. */
export const JOURNAL_WORKER_BUNDLE = join(root, 'build', 'journalWorker.mjs');
/** PgStore's worker (server/persistence/pg/pgWorker.ts), loaded by PgBridge from beside the server's bundle. */
export const PG_WORKER_BUNDLE = join(root, 'build', 'pgWorker.mjs');

/** Newest mtime (ms) of any file under `path`, skipping node_modules and dot-folders. */
export function newestMtime(path) {
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

export function serverIsStale() {
  const bundles = [SERVER_BUNDLE, IMPORT_WORKER_BUNDLE, JOURNAL_WORKER_BUNDLE, PG_WORKER_BUNDLE];
  if (!bundles.every((bundle) => existsSync(bundle))) return true;
  const built = statSync(SERVER_BUNDLE).mtimeMs;
  const sources = ['server', 'model', 'package.json', 'package-lock.json', 'tsconfig.json'].map((p) =>
    newestMtime(join(root, p)),
  );
  return Math.max(...sources) > built;
}

export async function buildServer() {
  // Loaded only to build: a server that is already built never starts esbuild's service process.
  const { build } = await import('esbuild');
  await build({
    // The workers are bundles of their own beside the server's: a worker thread loads a file.
    entryPoints: {
      server: join(root, 'server', 'main.ts'),
      importWorker: join(root, 'server', 'imports', 'importWorker.ts'),
      journalWorker: join(root, 'server', 'persistence', 'journalWorker.ts'),
      pgWorker: join(root, 'server', 'persistence', 'pg', 'pgWorker.ts'),
    },
    outdir: dirname(SERVER_BUNDLE),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    // pg-native: pg's optional native binding, which Journey never asks for.
    external: ['better-sqlite3', 'pg-native'],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS packages (ws) call require() for Node's built-ins.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    // Whitespace and syntax only: names stay, so stack traces still read; ~1 MB less resident source.
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
