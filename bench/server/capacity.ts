import { clientSchemaParams } from '../../model';
/**
 * T2 capacity: 2,000 connections over 100 rooms, one in ten writing (a small map edit once a
 * second), all with presence. Server RSS and CPU over the whole process tree; memory per room and
 * per connection from the steps on the way up (maps created → 100 rooms with one peer each →
 * 2,000 peers).
 */
import * as Y from 'yjs';
import { initMapDoc } from '../../model';
import { ClientWorker, sleep, split } from './clientPool';
import { treeUsage, type BenchServer } from './processes';

export interface CapacityResult {
  idleMb: number;
  rssMb: number;
  peakMb: number;
  cpuPercent: number;
  perRoomKb: number;
  perConnKb: number;
}

const MB = 1024 * 1024;
const ROOMS = 100;
const CONNECTIONS = 2000;

export async function capacity(server: BenchServer, windowMs: number): Promise<CapacityResult> {
  await sleep(1000);
  const idle = treeUsage(server.pid).rssBytes;
  const rooms = await server.createRooms(ROOMS);
  // Per room is measured from here: creating Journey's maps over HTTP is not loading a room.
  await sleep(1000);
  const withMaps = treeUsage(server.pid).rssBytes;
  const first = new ClientWorker();
  const rest = [new ClientWorker(), new ClientWorker(), new ClientWorker(), new ClientWorker()];
  try {
    // Journey's rooms are maps created from the blank template; the reference's start empty, so
    // its first client in each room writes the same blank map (same content on both servers).
    const seed = server.kind === 'reference' ? blankMap() : undefined;
    await first.request('open', {
      base: server.wsBase,
      params: clientSchemaParams(),
      rooms,
      presence: true,
      seed,
    });
    await sleep(2000);
    const withRooms = treeUsage(server.pid).rssBytes;
    const others = Array.from({ length: CONNECTIONS - ROOMS }, (_, i) => rooms[i % ROOMS]!);
    const parts = split(others, rest.length);
    const writersEach = CONNECTIONS / 10 / rest.length;
    await Promise.all(
      rest.map((w, i) =>
        w.request('open', {
          base: server.wsBase,
          params: clientSchemaParams(),
          rooms: parts[i],
          presence: true,
          writers: writersEach,
        }),
      ),
    );
    await sleep(3000);
    const start = treeUsage(server.pid);
    let peak = start.rssBytes;
    const t0 = performance.now();
    while (performance.now() - t0 < windowMs) {
      await sleep(1000);
      peak = Math.max(peak, treeUsage(server.pid).rssBytes);
    }
    const end = treeUsage(server.pid);
    const seconds = (performance.now() - t0) / 1000;
    return {
      idleMb: idle / MB,
      rssMb: end.rssBytes / MB,
      peakMb: peak / MB,
      cpuPercent: ((end.cpuSeconds - start.cpuSeconds) / seconds) * 100,
      perRoomKb: (withRooms - withMaps) / ROOMS / 1024,
      perConnKb: (end.rssBytes - withRooms) / (CONNECTIONS - ROOMS) / 1024,
    };
  } finally {
    await Promise.all([first, ...rest].map((w) => w.close()));
  }
}

function blankMap(): Uint8Array {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  return Y.encodeStateAsUpdate(doc);
}
