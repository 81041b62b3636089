/**
 * How long a 7 MiB map import holds the server's event loop: the longest /api/health answer and the
 * longest event-loop delay while imports run, with the import parsed on the main thread (before)
 * and in the import pool's worker threads (after). Prints figures; asserts nothing (machines here
 * are shared and noisy). Run: npx tsx bench/importEventLoop.bench.ts [--imports 3]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { generateNKeysBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { CHANNELS, initMapDoc, readMap } from '../model';
import { exportMapJson } from '../model/export';
import { createLogger } from '../server/log';
import { startServer } from '../server/startServer';

const IMPORTS = Number(process.argv[process.argv.indexOf('--imports') + 1]) || 3;
const TARGET_BYTES = 7 * 1024 * 1024;
const CARDS = 9000;

/**
 * A map file of about 7 MiB: 9,000 cards with long descriptions, as a big workshop export. Built as
 * JSON from one exported card (commands would take minutes for 9,000 cards).
 */
function bigMapFile(): string {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  const base = readMap(doc).map;
  const lanes = base.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'backstage');
  const file = JSON.parse(exportMapJson(base)) as { map: { touchpoints: unknown[] } };
  const description = 'The customer calls again because the line dropped during the evening. '.repeat(9);
  const orders = generateNKeysBetween(null, null, CARDS);
  file.map.touchpoints = orders.map((order, i) => ({
    id: `tp_${i.toString(36).padStart(9, '0')}`,
    title: `Touchpoint ${i}`,
    stageId: base.stages[i % base.stages.length]!.id,
    laneId: lanes[i % lanes.length]!.id,
    order,
    channel: CHANNELS[i % CHANNELS.length],
    owner: 'Contact center',
    description,
    emotion: (i % 5) - 2,
    hub: 'auto',
  }));
  return JSON.stringify(file);
}

async function measure(file: string, inline: boolean) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-bench-import-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    logger: createLogger('silent'),
    importsInline: inline,
    createBurst: 1000,
    createPerMinute: 1000,
  });
  const post = () =>
    fetch(`${server.url}/api/maps/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: file,
    }).then((res) => res.status);
  // Warm-up: the first import starts a worker thread, which is not what is measured.
  if ((await post()) !== 201) throw new Error('warm-up import failed');
  const delay = monitorEventLoopDelay({ resolution: 1 });
  let longestHealthMs = 0;
  let importing = true;
  const poll = (async () => {
    while (importing) {
      const t = performance.now();
      await fetch(`${server.url}/api/health`).then((res) => res.arrayBuffer());
      longestHealthMs = Math.max(longestHealthMs, performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  delay.enable();
  const started = performance.now();
  for (let i = 0; i < IMPORTS; i++) if ((await post()) !== 201) throw new Error('import failed');
  const elapsed = performance.now() - started;
  importing = false;
  await poll;
  delay.disable();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  return { longestHealthMs, maxDelayMs: delay.max / 1e6, importMs: elapsed / IMPORTS };
}

const file = bigMapFile();
console.log(`map file: ${(Buffer.byteLength(file) / 1024 / 1024).toFixed(1)} MiB, ${IMPORTS} imports each`);
if (Buffer.byteLength(file) < TARGET_BYTES * 0.9) console.log('(smaller than 7 MiB: raise the card count)');
for (const [label, inline] of [
  ['before (main thread)', true],
  ['after (worker threads)', false],
] as const) {
  const r = await measure(file, inline);
  console.log(
    `${label.padEnd(24)} longest /api/health ${r.longestHealthMs.toFixed(0).padStart(5)} ms` +
      `   longest event-loop delay ${r.maxDelayMs.toFixed(0).padStart(5)} ms   per import ${r.importMs.toFixed(0)} ms`,
  );
}
