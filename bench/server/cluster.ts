/**
 * T10 cluster: the same stock-client load against Journey as one process (`npm start`, SQLite) and
 * as `npm run cluster` (JOURNEY_WORKERS processes on one port, Node's cluster module spreading the
 * sockets, so one map's clients sit on different processes) on Redis + PostgreSQL. The load is
 * T7's shape (maps × 5 clients, every client writing) stepped up until the delivery p99 passes the
 * latency budget; throughput = updates delivered per second at the last step within it.
 * CPU is counted for the Journey processes, for Redis + PostgreSQL, and for the clients (this
 * bench process), since all of them share this machine's cores.
 */
import { CostProbe, type CostResult } from './clusterCosts';
import { startEngines, type Engines } from './engines';
import { npmScriptArgs, startServer, type BenchServer } from './processes';
import { writersBench, type WritersResult } from './writers';

export const LATENCY_BUDGET_MS = 100;

export type ClusterSetup = 'one process' | 'cluster ×1' | 'cluster ×3';

export interface SweepStep extends WritersResult {
  hz: number;
}

export interface ClusterResult {
  setup: ClusterSetup;
  steps: SweepStep[];
  /** Deliveries per second at the highest step whose p99 stayed within the budget (0: none did). */
  throughput: number;
  /** The step at `throughput`, for its CPU figures. */
  atBudget: SweepStep | undefined;
  /** Each part's CPU per delivery at `ClusterLoad.costRate` (clusterCosts.ts). */
  cost: CostResult;
}

export interface ClusterLoad {
  rooms: number;
  clientsPerRoom: number;
  /** Per-client update rates to try, lowest first; the sweep stops at the first over the budget. */
  rates: number[];
  stepMs: number;
  /** The per-client rate every setup keeps up with, where each part's CPU is counted (before the sweep). */
  costRate: number;
  costMs: number;
}

/** Why T10 cannot run here (no `npm run cluster` yet), or undefined when it can. */
export function clusterMissing(): string | undefined {
  try {
    return npmScriptArgs('cluster') ? undefined : 'package.json has no "cluster" script yet';
  } catch (err) {
    return (err as Error).message;
  }
}

export async function clusterBench(
  setup: ClusterSetup,
  engines: Engines | undefined,
  load: ClusterLoad,
): Promise<ClusterResult> {
  const server = await startSetup(setup, engines);
  const steps: SweepStep[] = [];
  let cost: CostResult;
  try {
    cost = await costStep(setup, server, engines, load);
    for (const hz of load.rates) {
      const r = await writersBench(server, {
        rooms: load.rooms,
        clientsPerRoom: load.clientsPerRoom,
        hz,
        durationMs: load.stepMs,
        workers: 4,
        enginePids: setup === 'one process' ? [] : engines?.pids,
      });
      steps.push({ hz, ...r });
      console.error(`  T10 ${setup} at ${hz}/s per client: ${JSON.stringify(r)}`);
      if (r.p99 > LATENCY_BUDGET_MS) break;
    }
  } finally {
    await server.stop();
  }
  const within = steps.filter((s) => s.p99 <= LATENCY_BUDGET_MS);
  const atBudget = within[within.length - 1];
  return { setup, steps, throughput: atBudget?.deliveredPerSecond ?? 0, atBudget, cost };
}

/** One step at `load.costRate` with every part's CPU read over the same window. */
async function costStep(
  setup: ClusterSetup,
  server: BenchServer,
  engines: Engines | undefined,
  load: ClusterLoad,
): Promise<CostResult> {
  const cluster = setup !== 'one process';
  const [redis, postgres] = cluster ? (engines?.pids ?? []) : [];
  const probe = new CostProbe(server.pid, cluster, { redis, postgres });
  const r = await writersBench(server, {
    rooms: load.rooms,
    clientsPerRoom: load.clientsPerRoom,
    hz: load.costRate,
    durationMs: load.costMs,
    workers: 4,
    window: probe.window,
  });
  console.error(`  T10 ${setup} cost step at ${load.costRate}/s per client: ${JSON.stringify(r)}`);
  return probe.result({
    setup,
    offeredPerSecond: load.costRate * load.rooms * load.clientsPerRoom,
    // writersBench's rate is over the writing time, which is `costMs` (the window adds the drain).
    deliveries: Math.round((r.deliveredPerSecond * load.costMs) / 1000),
    p99: r.p99,
    lost: r.lost,
  });
}

function startSetup(setup: ClusterSetup, engines: Engines | undefined): Promise<BenchServer> {
  if (setup === 'one process') return startServer('journey');
  if (!engines) throw new Error(`${setup} needs Redis and PostgreSQL`);
  return startServer(
    'journey',
    {
      JOURNEY_WORKERS: setup === 'cluster ×3' ? '3' : '1',
      JOURNEY_REDIS_URL: engines.redisUrl,
      JOURNEY_DATABASE_URL: engines.databaseUrl,
    },
    npmScriptArgs('cluster'),
  );
}

export { startEngines };
