/**
 * Where Journey's server spends its CPU under T7 or T8: runs the load against `npm start` with
 * `node --cpu-prof`, then prints the functions with the most self time and the totals per source
 * file (the bundle's functions keep their names; `--cpu-prof` writes the profile at exit).
 *   npx tsx bench/server/profile.ts [--test T8|T7] [--ms 20000] [--top 30]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { npmScriptArgs, startServer, threadShares, threadUsage } from './processes';
import { MANY_ROOMS, MANY_WRITERS, writersBench } from './writers';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: { test: { type: 'string', default: 'T8' }, ms: { type: 'string' }, top: { type: 'string' } },
});
const load = values.test === 'T7' ? MANY_ROOMS : MANY_WRITERS;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-prof-'));
const server = await startServer('journey', {}, [
  '--cpu-prof',
  `--cpu-prof-dir=${dir}`,
  ...npmScriptArgs('start')!,
]);
let result;
let threads: ReturnType<typeof threadShares> = [];
try {
  let before = new Map<string, number>();
  let t0 = 0;
  result = await writersBench(server, {
    ...load,
    durationMs: Number(values.ms ?? 20_000),
    window: {
      start() {
        before = threadUsage(server.pid);
        t0 = performance.now();
      },
      stop() {
        threads = threadShares(before, threadUsage(server.pid), (performance.now() - t0) / 1000);
      },
    },
  });
} finally {
  await server.stop();
}
console.log(`${values.test}: ${JSON.stringify(result)}`);
// The profiler's own threads (v8:ProfEvntProc) are not there without --cpu-prof.
console.log(
  `CPU per thread under load: ${threads.map((t) => `${t.thread} ${t.cpuPercent.toFixed(1)}%`).join(', ')}`,
);
const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
if (!file) throw new Error(`no profile in ${dir} (did the server exit cleanly?)`);
const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Profile;
console.log(`profile: ${path.join(dir, file)}`);
report(profile, Number(values.top ?? 30), result.sentPerSecond * (Number(values.ms ?? 20_000) / 1000));
process.exit(0);

function report(p: Profile, top: number, updates: number): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${path.basename(url)}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const f = url ? path.basename(url) : functionName;
    files.set(f, (files.get(f) ?? 0) + us);
  }
  const idle = fn.get('(idle) ') ?? 0;
  const busy = total - idle;
  console.log(
    `busy ${(busy / 1e3).toFixed(0)} ms of ${(total / 1e3).toFixed(0)} ms sampled; ` +
      `${((busy / updates) | 0).toString()} µs per update (${updates.toFixed(0)} updates)`,
  );
  const line = (name: string, us: number) =>
    `${((us / busy) * 100).toFixed(1).padStart(5)}%  ${(us / updates).toFixed(1).padStart(6)} µs/update  ${name}`;
  console.log('\nTop functions by self time (share of busy time):');
  for (const [name, us] of [...fn]
    .filter(([k]) => k !== '(idle) ')
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(line(name, us));
  console.log('\nBy file:');
  for (const [name, us] of [...files]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15))
    console.log(line(name, us));
}
