/**
 * Group commit (issue 20): N stock clients write to one map at R ops/s each through Journey's
 * bundled server (as `npm start` runs it, so the journal's worker bundle is what runs). Prints the
 * journal's batch sizes (updates per commit = per fsync), fsyncs per update and the server's CPU.
 * Asserts nothing. T8 in serverBench is the formal figure beside the reference.
 *   npx tsx bench/server/journalBatches.ts [--clients 50] [--rate 5] [--seconds 20] [--linger 0]
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clientSchemaParams } from '../../model';
import { ClientWorker, sleep, split } from './clientPool';
import { freePort, treeUsage } from './processes';

const ROOT = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '50' },
    rate: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '20' },
    linger: { type: 'string', default: '0' },
  },
});
const clients = Number(values.clients);
const rate = Number(values.rate);
const seconds = Number(values.seconds);

if (spawnSync(process.execPath, [path.join(ROOT, 'scripts/buildServer.mjs')], { stdio: 'inherit' }).status) {
  process.exit(1);
}
const port = await freePort();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-batches-'));
const server = spawn(process.execPath, [path.join(ROOT, 'build/server.mjs')], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    JOURNEY_DATA_DIR: dataDir,
    JOURNEY_JOURNAL_LINGER_MS: values.linger,
    JOURNEY_MAX_CONNECTIONS_PER_ADDRESS: '100000',
    JOURNEY_LOG: 'info',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let log = '';
server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (i > 600) throw new Error('the server did not start');
  if (
    await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
  )
    break;
  await sleep(100);
}
const created = await fetch(`${base}/api/maps`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'Batches', template: 'blank' }),
});
const mapId = ((await created.json()) as { map: { id: string } }).map.id;

// Stock clients in two worker threads (bench/server/clientWorker.mjs), each a writer: one small
// map edit every 1000/rate ms, random phase. Writes start once a worker's clients are open.
const pools = [new ClientWorker(), new ClientWorker()];
const cpuBefore = treeUsage(server.pid!).cpuSeconds;
const started = performance.now();
await Promise.all(
  split(
    Array.from({ length: clients }, () => mapId),
    pools.length,
  ).map((rooms, i) =>
    pools[i]!.request('open', {
      base: `ws://127.0.0.1:${port}/ws`,
      rooms,
      presence: false,
      writers: rooms.length,
      writeEveryMs: 1000 / rate,
      params: clientSchemaParams(),
    }),
  ),
);
await sleep(seconds * 1000);
await Promise.all(pools.map((pool) => pool.close()));
const wallS = (performance.now() - started) / 1000;
const cpuS = treeUsage(server.pid!).cpuSeconds - cpuBefore;
const exited = new Promise((r) => server.once('exit', r));
server.kill('SIGTERM');
await exited;
fs.rmSync(dataDir, { recursive: true, force: true });

const line = log.split('\n').find((l) => l.includes('journal.batches')) ?? '';
const field = (name: string) => new RegExp(`${name}=("[^"]*"|\\S+)`).exec(line)?.[1]?.replace(/"/g, '');
const sizes = (field('sizes') ?? '')
  .split(' ')
  .filter(Boolean)
  .map((p) => p.split(':').map(Number) as [number, number]);
const commits = Number(field('commits'));
const updates = Number(field('updates'));
const byUpdates = (lo: number, hi: number) =>
  sizes.filter(([s]) => s >= lo && s <= hi).reduce((sum, [s, n]) => sum + s * n, 0) / updates;
console.log(
  `${clients} clients × ${rate} ops/s on one map, ${wallS.toFixed(1)} s, linger ${values.linger} ms:\n` +
    `  updates ${updates}, commits (fsyncs) ${commits}, fsyncs/update ${(commits / updates).toFixed(3)}, ` +
    `mean batch ${(updates / commits).toFixed(2)}\n` +
    `  share of updates in batches of 1: ${(100 * byUpdates(1, 1)).toFixed(0)}%, 2–3: ${(100 * byUpdates(2, 3)).toFixed(0)}%, ` +
    `4–7: ${(100 * byUpdates(4, 7)).toFixed(0)}%, ≥8: ${(100 * byUpdates(8, Infinity)).toFixed(0)}%\n` +
    `  largest batch ${Math.max(...sizes.map(([s]) => s))}; server CPU ${((100 * cpuS) / wallS).toFixed(1)}% of a core\n` +
    `  commit round trip mean ${field('meanCommitMs') ?? '?'} ms, longest ${field('maxCommitMs') ?? '?'} ms\n` +
    `  sizes (updates:commits) ${field('sizes') ?? ''}`,
);
process.exit(0);
