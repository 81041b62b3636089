/**
 * T9 300-person presence: 300 peers in one room, each moving a cursor at 20 Hz, from worker threads
 * (presenceWorker.mjs, raw sockets). Figures: the server's CPU (its whole process tree), the bytes
 * each peer receives per second, and each cursor's age when it reaches an observer (p50/p99).
 * The reference relays every update to everyone at once (300 × 20 × 300 = 1.8 M frames/s): what it
 * manages in the window, and how many sockets it lost, is reported as is.
 */
import { Worker } from 'node:worker_threads';
import { clientSchemaParams } from '../../model';
import { percentile, sleep } from './clientPool';
import { treeUsage, type BenchServer } from './processes';

const WORKER_URL = new URL('./presenceWorker.mjs', import.meta.url);

export interface Presence300Result {
  /** Server CPU over the window, % of one core. */
  cpuPercent: number;
  /** Bytes each peer received per second (mean over the peers). */
  bytesPerPeerPerSecond: number;
  /** Messages each peer received per second (counted by the observers). */
  messagesPerPeerPerSecond: number;
  p50: number;
  p99: number;
  /** Cursor positions the observers received in the window. */
  samples: number;
  /** Cursor updates the peers sent per second, all together (the load offered: 300 × 20 = 6,000). */
  sentPerSecond: number;
  /** Sockets closed during the run (by the server or by failing). */
  closed: number;
}

interface Report {
  bytes: number;
  counted: number;
  /** Peers that decode (and so count messages). */
  observers: number;
  messages: number;
  sent: number;
  latencies: number[];
  closed: number;
}

/** One presenceWorker.mjs thread: one request, one reply, in order. */
export class PeerWorker {
  private readonly worker = new Worker(WORKER_URL);
  request<T = Record<string, unknown>>(type: string, payload: Record<string, unknown> = {}): Promise<T> {
    return new Promise((resolve, reject) => {
      this.worker.once('message', (msg: T) => resolve(msg));
      this.worker.once('error', reject);
      this.worker.postMessage({ type, ...payload });
    });
  }
  async close(): Promise<void> {
    await this.request('close');
    await this.worker.terminate();
  }
}

export interface Presence300Options {
  peers: number;
  hz: number;
  workers: number;
  /** Observers per worker (they decode every message). */
  observers: number;
  warmupMs: number;
  windowMs: number;
}

export const PRESENCE300: Presence300Options = {
  peers: 300,
  hz: 20,
  workers: 4,
  observers: 2,
  warmupMs: 3000,
  windowMs: 10_000,
};

export async function presence300(
  server: BenchServer,
  options: Presence300Options = PRESENCE300,
): Promise<Presence300Result> {
  const [room] = await server.createRooms(1);
  if (!room) throw new Error('no room');
  const query = server.kind === 'journey' ? `?${new URLSearchParams(clientSchemaParams()).toString()}` : '';
  const url = `${server.wsBase}/${room}${query}`;
  const workers = Array.from({ length: options.workers }, () => new PeerWorker());
  try {
    const per = Math.ceil(options.peers / options.workers);
    await Promise.all(
      workers.map((w, i) =>
        w.request('open', {
          url,
          count: Math.min(per, options.peers - i * per),
          first: i * per,
          observers: options.observers,
          hz: options.hz,
        }),
      ),
    );
    await Promise.all(workers.map((w) => w.request('start')));
    await sleep(options.warmupMs);
    await Promise.all(workers.map((w) => w.request('reset')));
    const cpu0 = treeUsage(server.pid).cpuSeconds;
    const t0 = performance.now();
    await sleep(options.windowMs);
    const reports = await Promise.all(workers.map((w) => w.request<Report>('report')));
    const seconds = (performance.now() - t0) / 1000;
    const cpuPercent = ((treeUsage(server.pid).cpuSeconds - cpu0) / seconds) * 100;
    const sum = (f: (r: Report) => number) => reports.reduce((s, r) => s + f(r), 0);
    const counted = sum((r) => r.counted);
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return {
      cpuPercent,
      bytesPerPeerPerSecond: sum((r) => r.bytes) / counted / seconds,
      messagesPerPeerPerSecond: sum((r) => r.messages) / sum((r) => r.observers) / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      samples: latencies.length,
      sentPerSecond: sum((r) => r.sent) / seconds,
      closed: sum((r) => r.closed),
    };
  } finally {
    await Promise.all(workers.map((w) => w.close().catch(() => undefined)));
  }
}
