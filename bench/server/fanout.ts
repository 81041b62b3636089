import { clientSchemaParams } from '../../model';
/**
 * T1 fan-out: one writer at 30 Hz, N readers in one room. Each write carries its send time; readers
 * note when it arrived (same clock: worker threads of one process). Latency = arrival − send.
 */
import { ClientWorker, percentile, sleep, split } from './clientPool';
import type { BenchServer } from './processes';

export interface FanoutResult {
  p50: number;
  p99: number;
  lost: number;
}

export async function fanout(
  server: BenchServer,
  readers: number,
  durationMs: number,
): Promise<FanoutResult> {
  const [room] = await server.createRooms(1);
  const readerWorkers = [new ClientWorker(), new ClientWorker()];
  const writer = new ClientWorker();
  try {
    const parts = split(
      Array.from({ length: readers }, () => room!),
      readerWorkers.length,
    );
    await Promise.all(
      readerWorkers.map((w, i) =>
        w.request('open', {
          base: server.wsBase,
          params: clientSchemaParams(),
          rooms: parts[i],
          presence: false,
        }),
      ),
    );
    await writer.request('open', {
      base: server.wsBase,
      params: clientSchemaParams(),
      rooms: [room],
      presence: false,
    });
    await sleep(500);
    const { sent } = await writer.request<{ sent: number }>('write', { hz: 30, durationMs });
    await sleep(1500);
    const reports = await Promise.all(
      readerWorkers.map((w) => w.request<{ latencies: number[]; received: number[] }>('report')),
    );
    const latencies = reports.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const lost = reports.flatMap((r) => r.received).reduce((sum, got) => sum + (sent - got), 0);
    return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), lost };
  } finally {
    await Promise.all([...readerWorkers, writer].map((w) => w.close()));
  }
}
