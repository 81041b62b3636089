/**
 * T4 load: a map of 2,000 touchpoints with 100k edits of history, written through a stock client
 * in batches of 100 edits per update (so the server logs ~1,000 updates and compacts as it goes).
 * Then a new client connects and asks for everything (sync step 1 with an empty state vector):
 * the time from opening the socket to the server's step 2 is the server's load time. Journey is
 * measured cold (room unloaded, read back from SQLite) and warm; the reference keeps every doc in
 * memory, so it is only ever warm.
 */
import Database from 'better-sqlite3';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import path from 'node:path';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import {
  addTouchpoint,
  clientSchemaParams,
  initMapDoc,
  readMap,
  setEmotion,
  updateTouchpoint,
} from '../../model';
import { median, sleep } from './clientPool';
import type { BenchServer } from './processes';

export interface LoadResult {
  buildSeconds: number;
  docKb: number;
  coldMs: number | undefined;
  warmMs: number;
  storedUpdates: number | undefined;
}

const BATCH = 100;

export async function loadBench(
  server: BenchServer,
  touchpoints: number,
  edits: number,
): Promise<LoadResult> {
  const [room] = await server.createRooms(1);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.wsBase, room!, doc, {
    params: clientSchemaParams(),
    WebSocketPolyfill: WebSocket as never,
    disableBc: true,
  });
  provider.awareness.setLocalState(null);
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  const t0 = performance.now();
  if (server.kind === 'reference') initMapDoc(doc, 'blank');
  const base = readMap(doc).map;
  const lanes = base.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'backstage');
  const ids: string[] = [];
  for (let i = 0; i < touchpoints; i += BATCH) {
    doc.transact(() => {
      for (let j = i; j < Math.min(touchpoints, i + BATCH); j++) {
        ids.push(
          addTouchpoint(doc, {
            stageId: base.stages[j % base.stages.length]!.id,
            laneId: lanes[j % lanes.length]!.id,
            title: `Touchpoint ${j}`,
          }),
        );
      }
    });
    await sleep(0);
  }
  for (let i = 0; i < edits; i += BATCH) {
    doc.transact(() => {
      for (let j = i; j < Math.min(edits, i + BATCH); j++) {
        const id = ids[(j * 7919) % ids.length]!;
        if (j % 2 === 0) updateTouchpoint(doc, id, { title: `Touchpoint ${j}` });
        else setEmotion(doc, id, ((j % 5) - 2) as -2);
      }
    });
    // Yield so the provider's socket drains as we go, like a real (if very busy) client.
    await sleep(0);
  }
  const want = Y.encodeStateVector(doc);
  // Wait until the server holds exactly what the writer holds.
  for (;;) {
    const { update } = await timeLoad(server.wsBase, room!);
    const check = new Y.Doc();
    Y.applyUpdate(check, update);
    const same = Buffer.from(Y.encodeStateVector(check)).equals(Buffer.from(want));
    check.destroy();
    if (same) break;
    await sleep(500);
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  provider.destroy();
  doc.destroy();

  const warm: number[] = [];
  const cold: number[] = [];
  let docBytes = 0;
  if (server.kind === 'journey') {
    // Started with a short room TTL: once the last socket closes, the room compacts and unloads.
    for (let i = 0; i < 5; i++) {
      await sleep(1500);
      const r = await timeLoad(server.wsBase, room!);
      cold.push(r.ms);
    }
  }
  const holder = await openHolder(server.wsBase, room!);
  for (let i = 0; i < 5; i++) {
    const r = await timeLoad(server.wsBase, room!);
    warm.push(r.ms);
    docBytes = r.update.byteLength;
  }
  holder.close();
  return {
    buildSeconds,
    docKb: docBytes / 1024,
    coldMs: cold.length ? median(cold) : undefined,
    warmMs: median(warm),
    storedUpdates: server.dataDir ? storedUpdates(server.dataDir, room!) : undefined,
  };
}

/** Rows left in the update log for this map: few, if compaction works. */
function storedUpdates(dataDir: string, docId: string): number {
  const db = new Database(path.join(dataDir, 'journey.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM updates WHERE doc_id = ?').get(docId) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** A connection that keeps the room loaded (warm) while others come and go. */
async function openHolder(wsBase: string, room: string): Promise<WebSocket> {
  const ws = new WebSocket(`${wsBase}/${room}?${new URLSearchParams(clientSchemaParams()).toString()}`);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}

/** Opens a socket, sends step 1 with an empty state vector, and times the server's step 2. */
function timeLoad(wsBase: string, room: string): Promise<{ ms: number; update: Uint8Array }> {
  const t0 = performance.now();
  const ws = new WebSocket(`${wsBase}/${room}?${new URLSearchParams(clientSchemaParams()).toString()}`);
  ws.binaryType = 'nodebuffer';
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.once('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, new Y.Doc());
      ws.send(encoding.toUint8Array(encoder));
    });
    ws.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      if (decoding.readVarUint(decoder) !== syncProtocol.messageYjsSyncStep2) return;
      const ms = performance.now() - t0;
      const update = decoding.readVarUint8Array(decoder);
      ws.close();
      resolve({ ms, update });
    });
  });
}
