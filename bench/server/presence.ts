import { clientSchemaParams } from '../../model';
/**
 * T3 awareness: 50 idle clients with presence in one room. Counts every frame the server sends
 * them over a window long enough for each stock client to renew its presence (every 15 s).
 */
import { ClientWorker, sleep } from './clientPool';
import type { BenchServer } from './processes';

export async function presenceTraffic(
  server: BenchServer,
  clients: number,
  windowMs: number,
): Promise<number> {
  const [room] = await server.createRooms(1);
  const worker = new ClientWorker();
  try {
    await worker.request('open', {
      base: server.wsBase,
      params: clientSchemaParams(),
      rooms: Array.from({ length: clients }, () => room),
      presence: true,
    });
    await sleep(2000);
    await worker.request('count');
    const t0 = performance.now();
    await sleep(windowMs);
    const { messages } = await worker.request<{ messages: number }>('count');
    return messages / ((performance.now() - t0) / 1000);
  } finally {
    await worker.close();
  }
}
