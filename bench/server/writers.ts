/**
 * T7 many rooms and T8 many writers: every stock client in the bench writes `[seq, sentAt, writer]`
 * to its room at a fixed rate; every other client in the room notes when it arrived (same clock:
 * worker threads of one process). Server CPU over the write window, read from /proc over the
 * server's process tree, and p50/p99 of arrival − send over every delivery.
 *   T7: 200 maps × 5 clients, each writing 1 update/s (1,000 updates/s, 4 deliveries each).
 *   T8: 50 writers on one map, each writing 5 updates/s (250 updates/s, 49 deliveries each).
 */
import * as Y from 'yjs';
import { clientSchemaParams, initMapDoc } from '../../model';
import { ClientWorker, percentile, sleep, split } from './clientPool';
import { treeUsage, type BenchServer } from './processes';

export interface WritersLoad {
  rooms: number;
  clientsPerRoom: number;
  /** Updates per second from each client. */
  hz: number;
  durationMs: number;
  /** Client worker threads (the clients' own CPU is spread over them). */
  workers: number;
  /** Other processes whose CPU counts as the server's too (T10: redis-server, PostgreSQL). */
  enginePids?: number[];
  /** Called when the writes start and once every delivery arrived (T10 reads each part's CPU then). */
  window?: { start(): void; stop(): void };
}

export const MANY_ROOMS: Omit<WritersLoad, 'durationMs'> = {
  rooms: 200,
  clientsPerRoom: 5,
  hz: 1,
  workers: 4,
};
export const MANY_WRITERS: Omit<WritersLoad, 'durationMs'> = {
  rooms: 1,
  clientsPerRoom: 50,
  hz: 5,
  workers: 2,
};

export interface WritersResult {
  cpuPercent: number;
  p50: number;
  p99: number;
  /** Updates sent per second, over all clients. */
  sentPerSecond: number;
  /** Updates that reached another client, per second. */
  deliveredPerSecond: number;
  /** CPU of `enginePids` (with their children), % of a core. */
  engineCpuPercent: number;
  /** CPU of this bench process (the clients' worker threads), % of a core. */
  clientCpuPercent: number;
  /** Deliveries that never arrived (every other client in the room should get every update). */
  lost: number;
  /** Sockets closed during the bench, by close code (a server refusing a slow or busy client). */
  closes: Record<number, number>;
}

export async function writersBench(server: BenchServer, load: WritersLoad): Promise<WritersResult> {
  const rooms = await server.createRooms(load.rooms);
  const workers = Array.from({ length: load.workers }, () => new ClientWorker());
  try {
    // Journey's rooms are blank maps; the reference's start empty, so its clients bring the same
    // blank map (same content on both servers, as in T2).
    const seed = server.kind === 'reference' ? blankMap() : undefined;
    const sockets = rooms.flatMap((room) => Array.from({ length: load.clientsPerRoom }, () => room));
    const parts = split(sockets, workers.length);
    await Promise.all(
      workers.map((w, i) =>
        w.request('open', {
          base: server.wsBase,
          params: clientSchemaParams(),
          rooms: parts[i],
          presence: false,
          seed,
        }),
      ),
    );
    await sleep(2000);
    const engineCpu = () => (load.enginePids ?? []).reduce((sum, pid) => sum + treeUsage(pid).cpuSeconds, 0);
    const start = treeUsage(server.pid);
    const engineStart = engineCpu();
    const clientStart = process.cpuUsage();
    load.window?.start();
    const t0 = performance.now();
    const written = await Promise.all(
      workers.map((w) =>
        w.request<{ sent: number }>('writeAll', { hz: load.hz, durationMs: load.durationMs }),
      ),
    );
    const seconds = (performance.now() - t0) / 1000;
    const sent = written.reduce((sum, w) => sum + w.sent, 0);
    const expected = sent * (load.clientsPerRoom - 1);
    // Drain: a server behind its load delivers late, not never. Wait until deliveries stop
    // growing (at most 20 s), so `lost` counts only what never came.
    type Report = { latencies: number[]; closes: Record<number, number> };
    let reports: Report[] = [];
    for (let waited = 0, last = -1; waited < 20_000; waited += 1000) {
      await sleep(1000);
      reports = await Promise.all(workers.map((w) => w.request<Report>('report')));
      const got = reports.reduce((sum, r) => sum + r.latencies.length, 0);
      if (got >= expected || got === last) break;
      last = got;
    }
    // CPU until drained, per second of load: a server that falls behind does the work later.
    load.window?.stop();
    const end = treeUsage(server.pid);
    const engineSeconds = engineCpu() - engineStart;
    const client = process.cpuUsage(clientStart);
    const closes: Record<number, number> = {};
    for (const r of reports)
      for (const [code, n] of Object.entries(r.closes))
        closes[Number(code)] = (closes[Number(code)] ?? 0) + n;
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    return {
      cpuPercent: ((end.cpuSeconds - start.cpuSeconds) / seconds) * 100,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      sentPerSecond: sent / seconds,
      deliveredPerSecond: latencies.length / seconds,
      engineCpuPercent: (engineSeconds / seconds) * 100,
      clientCpuPercent: ((client.user + client.system) / 1e6 / seconds) * 100,
      lost: expected - latencies.length,
      closes,
    };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}

function blankMap(): Uint8Array {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  return Y.encodeStateAsUpdate(doc);
}
