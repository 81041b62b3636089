/**
 * T10's cost accounting: at one offered load that every setup keeps up with, the CPU-seconds each
 * part spends per 1,000 deliveries (each Journey process, Redis, PostgreSQL, the clients, whatever
 * else ran on the box) and the box's idle CPU, all read from /proc over the same window (writes
 * start → every delivery arrived). Everything shares this machine's cores, so the throughput this
 * box can carry is a computed figure: ceiling = cores ÷ CPU-seconds per delivery of the parts the
 * setup needs (Journey + engines + clients), with the fixed CPU taken out first (`costModel`). A
 * setup whose ceiling is below 1.8× one process's cannot meet the bar here, however its latency
 * behaves.
 */
import fs from 'node:fs';
import { treeUsage } from './processes';

const CLOCK_TICKS_PER_S = 100;

export interface CostPart {
  part: string;
  cpuSeconds: number;
}

export interface CostResult {
  setup: string;
  offeredPerSecond: number;
  /** The window: writes start → every delivery arrived. */
  seconds: number;
  deliveries: number;
  p99: number;
  lost: number;
  /** The setup's own parts (Journey processes, engines, clients). */
  parts: CostPart[];
  /** Busy CPU on the box that none of the parts account for (other sessions, the kernel). */
  otherSeconds: number;
  idleSeconds: number;
  cores: number;
}

/** Reads every part's CPU at the window's start and end; `result` combines them. */
export class CostProbe {
  private readonly sources: { part: string; read: () => number }[];
  private first: number[] = [];
  private last: number[] = [];
  private boxFirst = boxTicks();
  private boxLast = boxTicks();
  private startedAt = 0;
  private seconds = 0;

  /** `journeyPid`: `npm start` or the cluster primary (whose children are the workers). */
  constructor(journeyPid: number, cluster: boolean, engines: { redis?: number; postgres?: number }) {
    const journey = cluster
      ? [
          { part: 'Journey primary', read: () => ownCpu(journeyPid) },
          // The workers the primary runs now (clusterBench waits until all of them are up).
          ...childrenOf(journeyPid).map((pid, i) => ({
            part: `Journey worker ${i + 1}`,
            read: () => treeUsage(pid).cpuSeconds,
          })),
        ]
      : [{ part: 'Journey', read: () => treeUsage(journeyPid).cpuSeconds }];
    const engine = (part: string, pid: number | undefined) =>
      pid === undefined ? [] : [{ part, read: () => treeUsage(pid).cpuSeconds }];
    this.sources = [
      ...journey,
      ...engine('Redis', engines.redis),
      ...engine('PostgreSQL', engines.postgres),
      // This bench process: the stock clients' worker threads (and the bench's own bookkeeping).
      { part: 'clients', read: () => cpuUsageSeconds(process.cpuUsage()) },
    ];
  }

  readonly window = {
    start: () => {
      this.first = this.sources.map((s) => s.read());
      this.boxFirst = boxTicks();
      this.startedAt = performance.now();
    },
    stop: () => {
      this.last = this.sources.map((s) => s.read());
      this.boxLast = boxTicks();
      this.seconds = (performance.now() - this.startedAt) / 1000;
    },
  };

  result(run: Omit<CostResult, 'parts' | 'otherSeconds' | 'idleSeconds' | 'cores' | 'seconds'>): CostResult {
    const parts = this.sources.map((s, i) => ({ part: s.part, cpuSeconds: this.last[i]! - this.first[i]! }));
    const busy = (this.boxLast.busy - this.boxFirst.busy) / CLOCK_TICKS_PER_S;
    const ours = parts.reduce((sum, p) => sum + p.cpuSeconds, 0);
    return {
      ...run,
      seconds: this.seconds,
      parts,
      otherSeconds: busy - ours,
      idleSeconds: (this.boxLast.idle - this.boxFirst.idle) / CLOCK_TICKS_PER_S,
      cores: this.boxLast.cores,
    };
  }
}

/**
 * Two steps of one setup at different rates split each part's CPU into a fixed part (CPU spent per
 * second whatever the rate: timers, sockets held open, the engines' own housekeeping) and a
 * marginal cost per delivery (the slope between the steps). The box's ceiling follows:
 * (cores − Σ fixed) ÷ Σ marginal deliveries per second, for the setup's own parts.
 */
export interface CostModel {
  setup: string;
  parts: { part: string; marginalMs: number; fixedCores: number }[];
  marginalMs: number;
  fixedCores: number;
  ceiling: number;
}

export function costModel(low: CostResult, high: CostResult): CostModel {
  const parts = low.parts.map((p, i) => {
    const q = high.parts[i]!;
    const marginal = (q.cpuSeconds - p.cpuSeconds) / (high.deliveries - low.deliveries);
    const fixed = (p.cpuSeconds - marginal * low.deliveries) / low.seconds;
    return { part: p.part, marginalMs: marginal * 1000, fixedCores: fixed };
  });
  const marginalMs = parts.reduce((sum, p) => sum + p.marginalMs, 0);
  const fixedCores = parts.reduce((sum, p) => sum + p.fixedCores, 0);
  return {
    setup: low.setup,
    parts,
    marginalMs,
    fixedCores,
    ceiling: (low.cores - fixedCores) / (marginalMs / 1000),
  };
}

/** CPU-ms of the setup's parts per delivery at one step (fixed costs included). */
export function perDeliveryMs(r: CostResult): number {
  return (r.parts.reduce((sum, p) => sum + p.cpuSeconds, 0) / r.deliveries) * 1000;
}

/**
 * What the box's cores could carry at this step's cost per delivery, fixed costs included (so
 * conservative alike for every setup, and free of the two-step slope's noise).
 */
export function averageCeiling(r: CostResult): number {
  return r.cores / (perDeliveryMs(r) / 1000);
}

/** The T10 cost tables (markdown): each step's CPU per delivery, then the model and the ceiling. */
export function costTable(steps: CostResult[][]): string {
  const flat = steps.flat();
  const cores = flat[0]?.cores ?? 0;
  const names = [...new Set(flat.flatMap((r) => r.parts.map((p) => p.part)))];
  const row = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`;
  const ms = (seconds: number, r: CostResult) => ((seconds / r.deliveries) * 1000).toFixed(3);
  const measured = [
    `T10 cost: CPU-ms per delivery of each part at each step (${cores} cores shared by every part and by anything else running)`,
    '',
    row(
      'Part',
      flat.map((r) => `${r.setup} @ ${r.offeredPerSecond.toFixed(0)} upd/s`),
    ),
    row(
      '---',
      flat.map(() => '---:'),
    ),
    row(
      'deliveries (window)',
      flat.map((r) => `${r.deliveries} (${r.seconds.toFixed(1)} s)`),
    ),
    row(
      'p99 ms / lost',
      flat.map((r) => `${r.p99.toFixed(1)} / ${r.lost}`),
    ),
    ...names.map((name) =>
      row(
        name,
        flat.map((r) => {
          const part = r.parts.find((p) => p.part === name);
          return part ? ms(part.cpuSeconds, r) : '—';
        }),
      ),
    ),
    row(
      '**the setup**',
      flat.map((r) => `**${perDeliveryMs(r).toFixed(3)}**`),
    ),
    row(
      'other load on the box',
      flat.map((r) => ms(r.otherSeconds, r)),
    ),
    row(
      'box idle, % of all cores',
      flat.map((r) => ((r.idleSeconds / (r.seconds * r.cores)) * 100).toFixed(1)),
    ),
    row(
      '**ceiling** = cores ÷ the setup, deliveries/s',
      flat.map((r) => `**${averageCeiling(r).toFixed(0)}**`),
    ),
    row(
      'ceiling ÷ first setup at the same rate',
      flat.map((r) => {
        const base = flat.find(
          (b) => b.setup === flat[0]!.setup && b.offeredPerSecond === r.offeredPerSecond,
        );
        return base ? `${(averageCeiling(r) / averageCeiling(base)).toFixed(2)}×` : '—';
      }),
    ),
  ];
  const models = steps.filter((s) => s.length >= 2).map((s) => costModel(s[0]!, s[1]!));
  const base = models[0]?.ceiling;
  const cell = (m: CostModel, name: string) => {
    const p = m.parts.find((x) => x.part === name);
    return p ? `${p.marginalMs.toFixed(3)} + ${(p.fixedCores * 100).toFixed(1)} %` : '—';
  };
  const model = [
    '',
    'Marginal CPU-ms per delivery (slope between the two steps) + fixed CPU (% of a core, at any rate); a two-point slope, noisy when the box is busy',
    '',
    row(
      'Part',
      models.map((m) => m.setup),
    ),
    row(
      '---',
      models.map(() => '---:'),
    ),
    ...names.map((name) =>
      row(
        name,
        models.map((m) => cell(m, name)),
      ),
    ),
    row(
      '**the setup**',
      models.map((m) => `**${m.marginalMs.toFixed(3)} + ${(m.fixedCores * 100).toFixed(1)} %**`),
    ),
    row(
      '**ceiling** = (cores − fixed) ÷ marginal, deliveries/s',
      models.map((m) => `**${m.ceiling.toFixed(0)}**`),
    ),
    row(
      'ceiling ÷ first column',
      models.map((m) => (base ? `${(m.ceiling / base).toFixed(2)}×` : '—')),
    ),
  ];
  return [...measured, ...model].join('\n');
}

function cpuUsageSeconds(u: NodeJS.CpuUsage): number {
  return (u.user + u.system) / 1e6;
}

/** utime + stime of one process (all its threads), in seconds. */
function ownCpu(pid: number): number {
  try {
    const f = statFields(pid);
    return (Number(f[11]) + Number(f[12])) / CLOCK_TICKS_PER_S;
  } catch {
    return 0;
  }
}

function statFields(pid: number): string[] {
  const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

export function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(Number(entry))[1]) === pid) children.push(Number(entry));
    } catch {
      // exited while we read
    }
  }
  return children.sort((a, b) => a - b);
}

/** The box's busy and idle ticks over all cores (`/proc/stat`'s first line). */
function boxTicks(): { busy: number; idle: number; cores: number } {
  const lines = fs.readFileSync('/proc/stat', 'utf8').split('\n');
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = lines[0]!.trim().split(/\s+/).map(Number);
  return {
    busy: user! + nice! + system! + irq! + softirq! + (steal ?? 0),
    idle: idle! + iowait!,
    cores: lines.filter((l) => /^cpu\d+ /.test(l)).length,
  };
}
