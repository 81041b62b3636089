// Bench clients in a worker thread, away from the main thread and the server: stock y-websocket
// providers (what the app uses), told what to do by the bench through messages. Plain JS so the
// worker needs no TypeScript loader.
//   open   { base, rooms: string[], presence, writers, writeEveryMs, seed?: Uint8Array, params? } → 'ready'
//          (params: the socket URL's query, e.g. the map format `schema` Journey's server asks for)
//   write  { hz, durationMs } (first provider writes [seq, sentAt] to the 'bench' array) → 'written'
//   writeAll { hz, durationMs } (every provider sets its own key of the 'benchAll' map to
//            [seq, sentAt] at hz, random phase: one small field edit each, as on a card) → 'written'
//   count  {} → 'counted' { messages } (server → client frames since the last count)
//   report {} → 'report' { latencies: number[], received: number[] (per reader: distinct seqs), closes }
//   close  {} → 'closed'
import { parentPort, threadId } from 'node:worker_threads';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

// Every provider adds a process 'exit' listener; thousands of them are expected here.
process.setMaxListeners(0);

const now = () => performance.timeOrigin + performance.now();

let messages = 0;
/** `ws` with a counter of the frames the server sends. */
class CountingWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', () => {
      messages += 1;
    });
  }
}

/** @type {Array<{ doc: Y.Doc, provider: WebsocketProvider, seen: Set<number> }>} */
const clients = [];
const latencies = [];
/** @type {Record<number, number>} */
const closes = {};
const timers = [];

function openClient(base, room, presence, index, params) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(base, room, doc, {
    params,
    WebSocketPolyfill: CountingWebSocket,
    disableBc: true,
  });
  if (presence) {
    provider.awareness.setLocalState({
      user: { id: `u${index}`, name: `Person ${index}`, color: '#3366cc' },
      cursor: null,
      selection: null,
    });
  } else {
    provider.awareness.setLocalState(null);
  }
  // Closes by code (the server's refusals: 4420 slow reader, 4429 over budget…), for the report.
  provider.on('connection-close', (event) => {
    if (event) closes[event.code] = (closes[event.code] ?? 0) + 1;
  });
  const seen = new Set();
  doc.getArray('bench').observe((event) => {
    const t = now();
    for (const item of event.changes.delta) {
      if (!item.insert) continue;
      for (const [seq, sentAt] of item.insert) {
        if (seen.has(seq)) continue;
        seen.add(seq);
        latencies.push(t - sentAt);
      }
    }
  });
  doc.getMap('benchAll').observe((event) => {
    // Only what came through the server: a writer's own edit is not a delivery.
    if (event.transaction.local) return;
    const t = now();
    for (const writer of event.keysChanged) {
      const [seq, sentAt] = event.target.get(writer);
      const key = `${writer}:${seq}`;
      if (seen.has(key)) continue;
      seen.add(key);
      latencies.push(t - sentAt);
    }
  });
  const client = { doc, provider, seen };
  clients.push(client);
  return new Promise((resolve) => {
    if (provider.synced) resolve(client);
    else provider.once('sync', () => resolve(client));
  });
}

async function open({
  base,
  rooms,
  presence,
  writers = 0,
  writeEveryMs = 1000,
  batch = 50,
  seed,
  params = {},
}) {
  for (let i = 0; i < rooms.length; i += batch) {
    const opened = await Promise.all(
      rooms.slice(i, i + batch).map((room, j) => openClient(base, room, presence, i + j, params)),
    );
    // A server that starts rooms empty (the reference) gets the same map content as Journey's.
    if (seed) for (const { doc } of opened) Y.applyUpdate(doc, seed);
  }
  // Background writers (capacity bench): one small map edit each `writeEveryMs`, random phase.
  for (let w = 0; w < writers; w++) {
    const { doc } = clients[w];
    const tick = () => doc.getMap('capacity').set('n', Math.random());
    timers.push(setTimeout(() => timers.push(setInterval(tick, writeEveryMs)), Math.random() * writeEveryMs));
  }
}

function write({ hz, durationMs }) {
  const arr = clients[0].doc.getArray('bench');
  const total = Math.round((hz * durationMs) / 1000);
  const start = now();
  return new Promise((resolve) => {
    let seq = 0;
    const step = () => {
      arr.push([[seq, now()]]);
      seq += 1;
      if (seq >= total) return resolve(total);
      // Scheduled against the start time so timer drift does not lower the rate.
      setTimeout(step, Math.max(0, start + (seq * 1000) / hz - now()));
    };
    step();
  });
}

/**
 * Every provider sets its own key to `[seq, sentAt]` at `hz` for `durationMs`, each at a random
 * phase: a field overwrite, so the doc stays small and the bench measures the server, not a growing
 * list's merge cost on 50 concurrent appenders.
 */
function writeAll({ hz, durationMs }) {
  const total = Math.round((hz * durationMs) / 1000);
  const start = now();
  let sent = 0;
  return Promise.all(
    clients.map(
      ({ doc }, w) =>
        new Promise((resolve) => {
          const map = doc.getMap('benchAll');
          const writer = `${threadId}-${w}`;
          const phase = Math.random() * (1000 / hz);
          let seq = 0;
          const step = () => {
            map.set(writer, [seq, now()]);
            seq += 1;
            sent += 1;
            if (seq >= total) return resolve();
            setTimeout(step, Math.max(0, start + phase + (seq * 1000) / hz - now()));
          };
          setTimeout(step, phase);
        }),
    ),
  ).then(() => sent);
}

parentPort.on('message', async (msg) => {
  switch (msg.type) {
    case 'open':
      await open(msg);
      parentPort.postMessage({ type: 'ready' });
      break;
    case 'write':
      parentPort.postMessage({ type: 'written', sent: await write(msg) });
      break;
    case 'writeAll':
      parentPort.postMessage({ type: 'written', sent: await writeAll(msg) });
      break;
    case 'count':
      parentPort.postMessage({ type: 'counted', messages });
      messages = 0;
      break;
    case 'report':
      parentPort.postMessage({
        type: 'report',
        latencies,
        received: clients.map((c) => c.seen.size),
        closes,
      });
      break;
    case 'close':
      for (const t of timers) clearInterval(t);
      for (const { provider, doc } of clients) {
        provider.destroy();
        doc.destroy();
      }
      parentPort.postMessage({ type: 'closed' });
      break;
  }
});
