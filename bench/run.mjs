#!/usr/bin/env node
// `npm run bench [-- --quick]`: the server benchmarks (Journey beside the reference y-websocket
// server, bench/server/), then every other *.bench.ts (bench/*.bench.ts, bench/canvas/*.bench.ts),
// one after the other. Prints figures, asserts nothing. `--quick` is passed on to every bench.
// On a shared machine, run it under `flock /tmp/journey-bench.lock` so benches never overlap.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsx.cmd' : 'tsx');
const args = process.argv.slice(2);
const FLOCK = '/usr/bin/flock';
const E2E_LOCK = '/tmp/journey-e2e.lock';

const benchesIn = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .sort()
        .map((f) => join(dir, f))
    : [];

const scripts = [
  join(root, 'bench', 'server', 'serverBench.ts'),
  ...benchesIn(join(root, 'bench')),
  ...benchesIn(join(root, 'bench', 'canvas')),
];

let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${relative(root, script)} ===`);
  // Browser benches take the e2e lock too: one Chromium at a time on a shared machine.
  const browser = script.includes(`${join('bench', 'canvas')}`) && existsSync(FLOCK);
  const [cmd, cmdArgs] = browser ? [FLOCK, [E2E_LOCK, tsx, script, ...args]] : [tsx, [script, ...args]];
  const run = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${relative(root, script)} failed (${run.signal ?? run.status})`);
  }
}
process.exit(failed ? 1 : 0);
