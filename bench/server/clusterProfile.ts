/**
 * Where a cluster worker spends its CPU under the T10 load: runs `npm run cluster` with
 * `node --cpu-prof` (scripts/cluster.mjs passes the primary's node flags to its workers) on Redis +
 * PostgreSQL from `.ci/engines.sh`, 100 maps × 5 writing clients at one rate, then prints each
 * worker's busy time per update it applied and its top functions by self time. For inclusive time
 * per function, feed a printed profile to a call-tree reader.
 *   npx tsx bench/server/clusterProfile.ts [--workers 3] [--hz 1] [--ms 15000] [--top 25]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEngines } from './engines';
import { npmScriptArgs, startServer } from './processes';
import { writersBench } from './writers';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '3' },
    hz: { type: 'string', default: '1' },
    ms: { type: 'string', default: '15000' },
    top: { type: 'string', default: '25' },
  },
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-cluster-prof-'));
const engines = await startEngines();
let result;
try {
  const server = await startServer(
    'journey',
    {
      JOURNEY_WORKERS: values.workers,
      JOURNEY_REDIS_URL: engines.redisUrl,
      JOURNEY_DATABASE_URL: engines.databaseUrl,
    },
    ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...npmScriptArgs('cluster')!],
  );
  try {
    result = await writersBench(server, {
      rooms: 100,
      clientsPerRoom: 5,
      hz: Number(values.hz),
      durationMs: Number(values.ms),
      workers: 4,
      enginePids: engines.pids,
    });
  } finally {
    await server.stop();
  }
} finally {
  await engines.stop();
}
console.log(JSON.stringify(result));
const updates = result.sentPerSecond * (Number(values.ms) / 1000);
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
  report(path.join(dir, file), profile, Number(values.top), updates);
}
process.exit(0);

function report(file: string, p: Profile, top: number, updates: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const fn = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  const total = [...fn.values()].reduce((a, b) => a + b, 0);
  const busy = total - (fn.get('(idle) ') ?? 0);
  console.log(
    `\n${file}\nbusy ${(busy / 1e3).toFixed(0)} ms of ${(total / 1e3).toFixed(0)} ms; ` +
      `${(busy / updates).toFixed(0)} µs per update written by the clients (${updates.toFixed(0)})`,
  );
  for (const [name, us] of [...fn]
    .filter(([k]) => k !== '(idle) ')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(
      `${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / updates).toFixed(1).padStart(6)} µs  ${name}`,
    );
}
