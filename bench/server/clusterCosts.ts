/**
 * T10's cost accounting: at one offered load that every setup keeps up with, the CPU-seconds each
 * part spends per 1,000 deliveries (each Journey process, Redis, PostgreSQL, the clients, whatever
 * else ran on the box) and the box's idle CPU, all read from /proc over the same window (writes
 * start → every delivery arrived). Everything shares this machine's cores, so the throughput this
 * box can carry is a computed figure: ceiling = cores ÷ CPU-seconds per delivery of the parts the
 * setup needs (Journey + engines + clients). A setup whose ceiling is below 1.8× one process's
 * cannot meet the bar here, however its latency behaves.
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

/** CPU-seconds of the setup's parts per delivery, and the deliveries/s the box's cores could carry. */
export function ceilingOf(r: CostResult): { perDelivery: number; ceiling: number } {
  const perDelivery = r.parts.reduce((sum, p) => sum + p.cpuSeconds, 0) / r.deliveries;
  return { perDelivery, ceiling: r.cores / perDelivery };
}

/** The T10 cost table (markdown), one column per setup; the first setup is the baseline. */
export function costTable(results: CostResult[]): string {
  const per1000 = (seconds: number, r: CostResult) => ((seconds / r.deliveries) * 1000).toFixed(3);
  const names = [...new Set(results.flatMap((r) => r.parts.map((p) => p.part)))];
  const row = (label: string, cell: (r: CostResult) => string) =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const base = results[0] && ceilingOf(results[0]).ceiling;
  return [
    `T10 cost per delivery, CPU-seconds per 1,000 deliveries (${results[0]?.cores ?? '?'} cores shared by every part)`,
    '',
    row('Part', (r) => r.setup),
    row('---', () => '---:'),
    row('offered updates/s', (r) => r.offeredPerSecond.toFixed(0)),
    row('deliveries (window s)', (r) => `${r.deliveries} (${r.seconds.toFixed(1)} s)`),
    row('p99 ms / lost', (r) => `${r.p99.toFixed(1)} / ${r.lost}`),
    ...names.map((name) =>
      row(name, (r) => {
        const part = r.parts.find((p) => p.part === name);
        return part ? per1000(part.cpuSeconds, r) : '—';
      }),
    ),
    row('**total (the setup)**', (r) => `**${(ceilingOf(r).perDelivery * 1000).toFixed(3)}**`),
    row('other load on the box', (r) => per1000(r.otherSeconds, r)),
    row('box idle, % of all cores', (r) => ((r.idleSeconds / (r.seconds * r.cores)) * 100).toFixed(1)),
    row('**ceiling** = cores ÷ total, deliveries/s', (r) => `**${ceilingOf(r).ceiling.toFixed(0)}**`),
    row('ceiling ÷ first column', (r) => (base ? `${(ceilingOf(r).ceiling / base).toFixed(2)}×` : '—')),
  ].join('\n');
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

function childrenOf(pid: number): number[] {
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
