import * as prng from 'lib0/prng';
import { expect } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addTouchpoint, clientSchemaParams, JOURNEY_NOTICE_MESSAGE, readMap } from '../../model';

/**
 * Stock y-websocket clients that add touchpoints titled `<name>:<seq>` through the server, for the
 * crash tests (durability.int.test.ts, powerCut.int.test.ts): what each made, what it received
 * and how its sockets were closed.
 */

/** Pause between one client's edits, ms (seeded): ~55 edits/s per client, well under the rate limit. */
const WRITE_GAP = [5, 30] as const;

/** One stock client adding touchpoints titled `<name>:<seq>`, online or not. */
export interface Writer {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** Titles of the touchpoints this client created, in order. */
  readonly made: string[];
  /** Close codes the server sent; a 44xx one would stop the stock client for good. */
  readonly closeCodes: number[];
  /** Updates applied from the server so far. */
  readonly fromServer: () => number;
  start(stageId: string, seed: number): void;
  stop(): void;
}

/** What a client had made when the server died: its edit count and its own Yjs clock. */
export interface Mark {
  writer: Writer;
  count: number;
  clock: number;
}

export async function createMap(url: string): Promise<string> {
  const res = await fetch(`${url}/api/maps`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Crash test', template: 'blank' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { map: { id: string } }).map.id;
}

export function connectWriter(wsBase: string, mapId: string, name: string): Writer {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsBase, mapId, doc, {
    params: clientSchemaParams(),
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Through the server only: an edit a client holds from another client came from the server.
    disableBc: true,
    // Retry quickly while the server is down, so that a cycle is short.
    maxBackoffTime: 200,
  });
  // Journey notices (the role on connect) are not part of this test; without a handler the stock
  // provider logs "Unable to compute message" for each.
  provider.messageHandlers[JOURNEY_NOTICE_MESSAGE] = () => undefined;
  const closeCodes: number[] = [];
  let fromServer = 0;
  doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) fromServer += 1;
  });
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code);
  });
  let timer: NodeJS.Timeout | undefined;
  const writer: Writer = {
    name,
    doc,
    provider,
    made: [],
    closeCodes,
    fromServer: () => fromServer,
    start(stageId, seed) {
      const gen = prng.create(seed);
      const tick = () => {
        const title = `${name}:${writer.made.length}`;
        addTouchpoint(doc, { stageId, title });
        writer.made.push(title);
        timer = setTimeout(tick, prng.int32(gen, ...WRITE_GAP));
      };
      timer = setTimeout(tick, prng.int32(gen, ...WRITE_GAP));
    },
    stop() {
      clearTimeout(timer);
    },
  };
  return writer;
}

export function mark(writer: Writer): Mark {
  const clock = Y.decodeStateVector(Y.encodeStateVector(writer.doc)).get(writer.doc.clientID) ?? 0;
  return { writer, count: writer.made.length, clock };
}

/** True when `stored` holds each client's own edits up to its marked clock. */
export function covers(stored: Y.Doc, marks: Mark[]): boolean {
  const sv = Y.decodeStateVector(Y.encodeStateVector(stored));
  return marks.every(({ writer, clock }) => (sv.get(writer.doc.clientID) ?? 0) >= clock);
}

export function titlesIn(doc: Y.Doc): string[] {
  return readMap(doc).map.touchpoints.map((t) => t.title);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
