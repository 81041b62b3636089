/**
 * Journey's server beside the reference y-websocket server (@y/websocket-server), same stock
 * clients against both, one table. Prints figures and asserts nothing; the bars from issue 7 are
 * printed next to them. Run through `npm run bench` (add `-- --quick` for a short pass).
 *   npx tsx bench/server/serverBench.ts [--quick] [--runs n] [--only T1,T3]
 * T9 (300-person presence: bench/server/presence300.ts) alone: `--only T9`.
 */
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { median } from './clientPool';
import { capacity } from './capacity';
import { clusterBench, clusterMissing, startEngines, type ClusterSetup } from './cluster';
import { averageCeiling, costModel, costTable, type CostResult } from './clusterCosts';
import type { Engines } from './engines';
import { fanout } from './fanout';
import { loadBench } from './load';
import { presenceTraffic } from './presence';
import { recordPresence300 } from './presence300Rows';
import { startServer, type BenchServer, type ServerKind } from './processes';
import { writersBench, MANY_ROOMS, MANY_WRITERS } from './writers';

// Build the server bundle now, so that `npm start` inside the bench finds it fresh.
const built = spawnSync(
  process.execPath,
  [new URL('../../scripts/buildServer.mjs', import.meta.url).pathname],
  {
    stdio: 'inherit',
  },
);
if (built.status !== 0) process.exit(1);

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const only = values.only?.split(',');
const wanted = (t: string) => !only || only.includes(t);

const S = quick
  ? {
      fanoutMs: 4000,
      readers: [50, 200],
      capacityMs: 6000,
      presenceMs: 31_000,
      touchpoints: 2000,
      edits: 20_000,
      writersMs: 10_000,
      cluster: {
        rooms: 100,
        clientsPerRoom: 5,
        rates: [0.25, 1],
        stepMs: 5000,
        costRates: [0.1, 0.2] as [number, number],
        costMs: 10_000,
      },
    }
  : {
      fanoutMs: 10_000,
      readers: [50, 100, 200],
      capacityMs: 15_000,
      presenceMs: 31_000,
      touchpoints: 2000,
      edits: 100_000,
      writersMs: 30_000,
      cluster: {
        rooms: 100,
        clientsPerRoom: 5,
        rates: [0.1, 0.25, 0.5, 1, 2, 4],
        stepMs: 10_000,
        costRates: [0.1, 0.2] as [number, number],
        costMs: 20_000,
      },
    };

interface Row {
  test: string;
  figure: string;
  unit: string;
  bar: string;
  samples: Record<ServerKind, number[]>;
}
const rows = new Map<string, Row>();
function record(
  test: string,
  figure: string,
  unit: string,
  bar: string,
  kind: ServerKind,
  value: number | undefined,
) {
  const key = `${test} ${figure}`;
  const row = rows.get(key) ?? { test, figure, unit, bar, samples: { journey: [], reference: [] } };
  rows.set(key, row);
  if (value !== undefined && Number.isFinite(value)) row.samples[kind].push(value);
}

async function withServer<T>(
  kind: ServerKind,
  env: Record<string, string>,
  fn: (s: BenchServer) => Promise<T>,
): Promise<T> {
  const server = await startServer(kind, env);
  try {
    return await fn(server);
  } finally {
    await server.stop();
  }
}

const KINDS: ServerKind[] = ['journey', 'reference'];
let engines: Engines | undefined;

for (let run = 1; run <= runs; run++) {
  console.error(`run ${run}/${runs}`);
  if (wanted('T1')) {
    // Both servers up, taking turns per room size (the order flips each run), so that a noisy
    // neighbour on the machine hits both alike.
    const servers = [await startServer('journey'), await startServer('reference')];
    try {
      for (const readers of S.readers) {
        for (const server of run % 2 ? servers : [...servers].reverse()) {
          const kind = server.kind;
          const r = await fanout(server, readers, S.fanoutMs);
          console.error(
            `  T1 ${kind} ${readers} readers: p50 ${r.p50.toFixed(2)} p99 ${r.p99.toFixed(2)} lost ${r.lost}`,
          );
          record('T1', `${readers} readers p50`, 'ms', '', kind, r.p50);
          record('T1', `${readers} readers p99`, 'ms', '≤ 1.2× ref', kind, r.p99);
          record('T1', `${readers} readers lost`, 'msgs', '0', kind, r.lost);
        }
      }
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
    }
  }
  if (wanted('T2')) {
    for (const kind of KINDS) {
      await withServer(kind, {}, async (server) => {
        const r = await capacity(server, S.capacityMs);
        console.error(`  T2 ${kind}: ${JSON.stringify(r)}`);
        record('T2', 'idle RSS', 'MB', '', kind, r.idleMb);
        record('T2', '2,000 conns RSS', 'MB', '< 400, ≤ ref', kind, r.rssMb);
        record('T2', '2,000 conns peak RSS', 'MB', '', kind, r.peakMb);
        record('T2', 'CPU (1 in 10 writing 1/s)', '% of a core', '', kind, r.cpuPercent);
        record('T2', 'memory per room (+1 peer)', 'KB', '', kind, r.perRoomKb);
        record('T2', 'memory per connection', 'KB', '', kind, r.perConnKb);
      });
    }
  }
  if (wanted('T3')) {
    for (const kind of KINDS) {
      await withServer(kind, {}, async (server) => {
        const rate = await presenceTraffic(server, 50, S.presenceMs);
        console.error(`  T3 ${kind}: ${rate.toFixed(1)} msg/s`);
        record('T3', '50 idle peers: server msgs', 'msg/s', '≤ 200', kind, rate);
      });
    }
  }
  if (wanted('T9')) {
    for (const kind of KINDS) await withServer(kind, {}, (server) => recordPresence300(server, record));
  }
  if (wanted('T4')) {
    for (const kind of KINDS) {
      await withServer(kind, { JOURNEY_ROOM_TTL_MS: '300' }, async (server) => {
        const r = await loadBench(server, S.touchpoints, S.edits);
        console.error(`  T4 ${kind}: ${JSON.stringify(r)}`);
        const label = `${S.touchpoints} cards, ${S.edits / 1000}k edits`;
        record('T4', `${label}: load (cold, from disk)`, 'ms', '≤ 250', kind, r.coldMs);
        record('T4', `${label}: load (warm)`, 'ms', '≤ 250', kind, r.warmMs);
        record('T4', 'doc size sent', 'KB', '', kind, r.docKb);
        record('T4', 'update rows left in the log', 'rows', '< compactEvery', kind, r.storedUpdates);
        record('T4', 'writing the history (client → server)', 's', '', kind, r.buildSeconds);
      });
    }
  }

  // T7 many rooms, T8 many writers on one map (bench/server/writers.ts); the order flips each run.
  for (const [test, load] of [
    ['T7', MANY_ROOMS],
    ['T8', MANY_WRITERS],
  ] as const) {
    if (!wanted(test)) continue;
    for (const kind of run % 2 ? KINDS : [...KINDS].reverse()) {
      await withServer(kind, {}, async (server) => {
        const r = await writersBench(server, { ...load, durationMs: S.writersMs });
        console.error(`  ${test} ${kind}: ${JSON.stringify(r)}`);
        record(test, 'server CPU', '% of a core', '≤ 1.0× ref', kind, r.cpuPercent);
        record(test, 'latency p50', 'ms', '≤ 1.1× ref', kind, r.p50);
        record(test, 'latency p99', 'ms', '', kind, r.p99);
        record(test, 'updates sent', '/s', '', kind, r.sentPerSecond);
        record(test, 'deliveries lost', 'msgs', '0', kind, r.lost);
      });
    }
  }

  // T10 cluster (bench/server/cluster.ts): Journey only, no reference column; needs `npm run cluster`.
  if (wanted('T10')) {
    const missing = clusterMissing();
    if (missing) console.error(`  T10 skipped: ${missing}`);
    else {
      engines ??= await startEngines();
      const throughput: Partial<Record<ClusterSetup, number>> = {};
      const costs: CostResult[][] = [];
      for (const setup of ['one process', 'cluster ×1', 'cluster ×3'] as const) {
        const r = await clusterBench(setup, engines, S.cluster);
        throughput[setup] = r.throughput;
        costs.push(r.costs);
        const model = costModel(r.costs[0]!, r.costs[1]!);
        const t10 = (figure: string, unit: string, value: number) =>
          record('T10', `${setup}: ${figure}`, unit, '', 'journey', value);
        t10('marginal CPU per delivery', 'CPU-ms', model.marginalMs);
        t10('fixed CPU', '% of a core', model.fixedCores * 100);
        t10('ceiling = (cores − fixed) ÷ marginal', 'deliveries/s', model.ceiling);
        record('T10', `${setup}: delivered at p99 ≤ 100 ms`, 'updates/s', '', 'journey', r.throughput);
        // Every step, so a setup that never meets the budget still shows where it stands and why.
        for (const step of r.steps) {
          const offered = step.hz * S.cluster.rooms * S.cluster.clientsPerRoom;
          const at = `${setup} at ${offered} updates/s`;
          record('T10', `${at}: p99`, 'ms', '≤ 100', 'journey', step.p99);
          record('T10', `${at}: Journey CPU`, '% of a core', '', 'journey', step.cpuPercent);
          record('T10', `${at}: Redis + PG CPU`, '% of a core', '', 'journey', step.engineCpuPercent);
          record('T10', `${at}: clients' CPU`, '% of a core', '', 'journey', step.clientCpuPercent);
        }
      }
      const gain = throughput['cluster ×3']! / throughput['one process']!;
      record('T10', 'cluster ×3 / one process', '×', '≥ 1.8×', 'journey', gain);
      // At the higher cost step (fixed costs included), then from the two-step slope.
      const atHigh = costs.map((c) => averageCeiling(c[1]!));
      record(
        'T10',
        'ceiling at the higher cost step: cluster ×3 / one process',
        '×',
        '≥ 1.8×',
        'journey',
        atHigh[2]! / atHigh[0]!,
      );
      const slope = costs.map((c) => costModel(c[0]!, c[1]!).ceiling);
      record(
        'T10',
        'ceiling from the slope: cluster ×3 / one process',
        '×',
        '≥ 1.8×',
        'journey',
        slope[2]! / slope[0]!,
      );
      console.log(`${costTable(costs)}\n`);
    }
  }
}
await engines?.stop();

const fmt = (v: number) => (Number.isNaN(v) ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(v >= 10 ? 1 : 2));
const lines = [
  `Server benchmarks, ${quick ? 'quick' : 'full'} mode: medians of ${runs} run(s); ratio = median of the runs' Journey/reference ratios`,
  '',
  '| Test | Figure | Journey | Reference | Ratio | Bar |',
  '| --- | --- | --- | --- | --- | --- |',
];
for (const row of rows.values()) {
  const j = median(row.samples.journey);
  const r = median(row.samples.reference);
  // Median of each run's ratio: the two figures of one run were measured minutes apart at most,
  // so a noisy neighbour hits both; a ratio of medians could pair a quiet run with a loud one.
  const ratios = row.samples.journey
    .map((v, i) => v / row.samples.reference[i]!)
    .filter((x) => Number.isFinite(x));
  const ratio = ratios.length ? `${median(ratios).toFixed(2)}×` : '—';
  lines.push(`| ${row.test} | ${row.figure} (${row.unit}) | ${fmt(j)} | ${fmt(r)} | ${ratio} | ${row.bar} |`);
}
console.log(lines.join('\n'));
process.exit(0);
