/**
 * T10 cluster: the same stock-client load against Journey as one process (`npm start`, SQLite) and
 * as `npm run cluster` (JOURNEY_WORKERS processes on one port, Node's cluster module spreading the
 * sockets, so one map's clients sit on different processes) on Redis + PostgreSQL. The load is
 * T7's shape (maps × 5 clients, every client writing) stepped up until the delivery p99 passes the
 * latency budget; throughput = updates delivered per second at the last step within it.
 * CPU is counted for the Journey processes, for Redis + PostgreSQL, and for the clients (this
 * bench process), since all of them share this machine's cores.
 */
import { childrenOf, CostProbe, type CostResult } from './clusterCosts';
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
  /** Each part's CPU at each of `ClusterLoad.costRates` (clusterCosts.ts). */
  costs: CostResult[];
}

export interface ClusterLoad {
  rooms: number;
  clientsPerRoom: number;
  /** Per-client update rates to try, lowest first; the sweep stops at the first over the budget. */
  rates: number[];
  stepMs: number;
  /** Two per-client rates every setup keeps up with, where each part's CPU is counted (before the sweep). */
  costRates: [number, number];
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
  const costs: CostResult[] = [];
  try {
    await allWorkersUp(server, setup);
    for (const hz of load.costRates) costs.push(await costStep(setup, server, engines, load, hz));
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
  return { setup, steps, throughput: atBudget?.deliveredPerSecond ?? 0, atBudget, costs };
}

/** One step at `load.costRate` with every part's CPU read over the same window. */
async function costStep(
  setup: ClusterSetup,
  server: BenchServer,
  engines: Engines | undefined,
  load: ClusterLoad,
  hz: number,
): Promise<CostResult> {
  const cluster = setup !== 'one process';
  const [redis, postgres] = cluster ? (engines?.pids ?? []) : [];
  const probe = new CostProbe(server.pid, cluster, { redis, postgres });
  const r = await writersBench(server, {
    rooms: load.rooms,
    clientsPerRoom: load.clientsPerRoom,
    hz,
    durationMs: load.costMs,
    workers: 4,
    window: probe.window,
  });
  console.error(`  T10 ${setup} cost step at ${hz}/s per client: ${JSON.stringify(r)}`);
  return probe.result({
    setup,
    offeredPerSecond: hz * load.rooms * load.clientsPerRoom,
    // writersBench's rate is over the writing time, which is `costMs` (the window adds the drain).
    deliveries: Math.round((r.deliveredPerSecond * load.costMs) / 1000),
    p99: r.p99,
    lost: r.lost,
  });
}

/**
 * `npm run cluster` answers HTTP once its first worker listens; the others start right after.
 * Measuring before they are up would spread the clients over fewer processes (and miss a worker's
 * CPU), so wait for all of them, then a moment for them to listen.
 */
async function allWorkersUp(server: BenchServer, setup: ClusterSetup): Promise<void> {
  if (setup === 'one process') return;
  const want = setup === 'cluster ×3' ? 3 : 1;
  const deadline = Date.now() + 60_000;
  while (childrenOf(server.pid).length < want) {
    if (Date.now() > deadline)
      throw new Error(`${setup}: only ${childrenOf(server.pid).length} workers started`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 3000));
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
