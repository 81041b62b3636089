#!/usr/bin/env node
// `npm run cluster`: N Journey processes on one port through Node's cluster module (the OS hands
// each new connection to one of them, so one map's people land on different processes), sharing
// PostgreSQL (JOURNEY_DATABASE_URL) and relaying through Redis (JOURNEY_REDIS_URL). Each worker
// runs the same server bundle as `npm start`. Unset URLs: a local redis-server and PostgreSQL are
// started here (clusterEngines.mjs), with PostgreSQL's data kept in <JOURNEY_DATA_DIR>/cluster/.
//
// JOURNEY_WORKERS: how many processes (default 3, or the number of cores when there are more, at
// most 8). A worker that dies is started again; Ctrl-C / SIGTERM stops the workers (each closes
// its sockets with 1001 and saves), then the engines started here.
import cluster from 'node:cluster';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { buildIfStale } from './buildIfStale.mjs';
import { SERVER_BUNDLE } from './buildServer.mjs';
import { missingEngines, startPostgres, startRedis } from './clusterEngines.mjs';

/** A worker that dies this soon after its start counts as a crash loop: the next start waits longer. */
const QUICK_DEATH_MS = 5000;
const MAX_RESTART_DELAY_MS = 10_000;
/** How long workers get to close gracefully before they are killed. */
const STOP_GRACE_MS = 10_000;

function workerCount() {
  const raw = process.env.JOURNEY_WORKERS;
  if (raw === undefined || raw === '') return Math.min(8, Math.max(3, os.availableParallelism()));
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    console.error(`[cluster] JOURNEY_WORKERS must be a whole number from 1 to 64, not "${raw}"`);
    process.exit(1);
  }
  return n;
}

const log = (message) => console.log(`[cluster] ${message}`);
const workers = workerCount();
const dataDir = resolve(process.env.JOURNEY_DATA_DIR ?? 'data');
const engines = [];
/** Slot → quick deaths in a row (a crash loop backs off: 2 s, 4 s, … 10 s). */
const restarts = {};
let stopping = false;

async function stopEngines() {
  for (const engine of engines.splice(0).reverse()) await engine.stop().catch(() => {});
}

async function startEngines() {
  const needRedis = !process.env.JOURNEY_REDIS_URL;
  const needPg = !process.env.JOURNEY_DATABASE_URL;
  const missing = missingEngines({ needRedis, needPg });
  if (missing.length > 0) {
    console.error(`[cluster] cannot start: ${missing.join('; ')}.`);
    process.exit(1);
  }
  const env = { JOURNEY_DATA_DIR: dataDir };
  try {
    if (needRedis) {
      const redis = await startRedis(join(dataDir, 'cluster', 'redis'));
      engines.push(redis);
      env.JOURNEY_REDIS_URL = redis.url;
      log(`started redis-server: ${redis.url}`);
    }
    if (needPg) {
      const pg = await startPostgres(join(dataDir, 'cluster', 'postgres'));
      engines.push(pg);
      env.JOURNEY_DATABASE_URL = pg.url;
      log(`started PostgreSQL: ${pg.url}`);
    }
  } catch (err) {
    console.error(`[cluster] cannot start: ${err.message}`);
    await stopEngines();
    process.exit(1);
  }
  return env;
}

/** One worker; resolves once it listens (or rejects if it exits first). */
function fork(env, slot, startedAt = Date.now()) {
  const worker = cluster.fork({ ...env, JOURNEY_WORKER: String(slot) });
  worker.once('exit', (code, signal) => {
    if (stopping) return;
    const quick = Date.now() - startedAt < QUICK_DEATH_MS;
    const delay = quick
      ? Math.min(MAX_RESTART_DELAY_MS, 1000 * 2 ** (restarts[slot] = (restarts[slot] ?? 0) + 1))
      : 0;
    if (!quick) restarts[slot] = 0;
    log(
      `worker ${slot} (pid ${worker.process.pid}) exited (${signal ?? `code ${code}`}); starting another in ${delay} ms`,
    );
    setTimeout(() => {
      if (!stopping) fork(env, slot).catch(() => {});
    }, delay);
  });
  return new Promise((resolve, reject) => {
    worker.once('listening', () => resolve(worker));
    worker.once('exit', () => reject(new Error(`worker ${slot} exited before listening`)));
  });
}

async function stop(signal, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping ${Object.keys(cluster.workers ?? {}).length} workers`);
  const alive = Object.values(cluster.workers ?? {}).filter(Boolean);
  const exited = alive.map((w) => new Promise((r) => (w.isDead() ? r() : w.once('exit', r))));
  for (const w of alive) w.process.kill('SIGTERM');
  const timer = setTimeout(
    () => alive.forEach((w) => w.isDead() || w.process.kill('SIGKILL')),
    STOP_GRACE_MS,
  );
  await Promise.all(exited);
  clearTimeout(timer);
  await stopEngines();
  log('stopped');
  process.exit(exitCode);
}

buildIfStale();
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
const env = await startEngines();
// Workers get the primary's own node flags too (e.g. `--cpu-prof`, which bench/server/clusterProfile.ts
// passes to profile each worker under load).
cluster.setupPrimary({ exec: SERVER_BUNDLE, execArgv: ['--max-semi-space-size=1', ...process.execArgv] });
try {
  // The first alone: it creates the secret key (in the shared data dir) and the database's tables.
  await fork(env, 1);
  await Promise.all(Array.from({ length: workers - 1 }, (_, i) => fork(env, i + 2)));
} catch (err) {
  console.error(`[cluster] ${err.message}; see its output above`);
  await stop('start failed', 1);
}
const port = process.env.PORT ?? '1234';
const host = process.env.HOST;
const shownHost = !host || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
log(`Journey: http://${shownHost}:${port} on ${workers} processes (data in ${dataDir})`);
