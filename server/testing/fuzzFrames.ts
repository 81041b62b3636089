import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { addStage, addTouchpoint, initMapDoc, readMap } from '../../model';
import { mulberry32 } from '../../model/testing/randomCommands';
import { frame, updateFrame } from './frames';

type Rand = () => number;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);
const pick = <T>(rand: Rand, items: readonly T[]): T => items[int(rand, items.length)]!;

function randomBytes(rand: Rand, n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = int(rand, 256);
  return bytes;
}

function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  return frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, syncType),
    (e) => encoding.writeVarUint8Array(e, payload),
  );
}

/** Real protocol frames, to truncate and corrupt: step 1, updates, awareness. */
function realFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  const map = readMap(doc).map;
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  addStage(doc, { name: 'Fuzzed' });
  addTouchpoint(doc, {
    stageId: map.stages[0]!.id,
    laneId: map.lanes[0]!.id,
    title: 'Fuzz card',
    channel: 'chat',
  });
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', color: '#f00' }, cursor: { x: 1, y: 2 } });
  const awarenessFrame = frame(
    (e) => encoding.writeVarUint(e, 1),
    (e) => encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])),
  );
  awareness.destroy();
  const step1 = frame(
    (e) => encoding.writeVarUint(e, 0),
    (e) => syncProtocol.writeSyncStep1(e, doc),
  );
  return [step1, awarenessFrame, updateFrame(Y.encodeStateAsUpdate(doc)), ...updates.map(updateFrame)];
}

/** Updates built to be costly when decoded or kept: the things inspectUpdate and the caps exist for. */
function craftedFrames(rand: Rand): Uint8Array[] {
  const subdocs = new Y.Doc();
  for (let i = 0; i < 200; i++) subdocs.getMap('meta').set(`d${i}`, new Y.Doc());
  const roots = new Y.Doc();
  for (let i = 0; i < 100; i++) roots.getMap(`root-${int(rand, 1e9)}`).set('k', i);
  let deep: unknown = 'leaf';
  for (let i = 0; i < 2000; i++) deep = [deep];
  const deepDoc = new Y.Doc();
  deepDoc.getMap('meta').set('deep', deep);
  // A delete set over an absurd range of a client nobody has.
  const hugeDelete = frame(
    (e) => encoding.writeVarUint(e, 0), // no structs
    (e) => encoding.writeVarUint(e, 1), // one client in the delete set
    (e) => encoding.writeVarUint(e, int(rand, 1e9)),
    (e) => encoding.writeVarUint(e, 1),
    (e) => encoding.writeVarUint(e, 0),
    (e) => encoding.writeVarUint(e, Number.MAX_SAFE_INTEGER),
  );
  // Edits 2..n of one writer without edit 1: left pending, waiting for it.
  const gap = new Y.Doc();
  gap.getMap('meta').set('first', 'x');
  const before = Y.encodeStateVector(gap);
  gap.getMap('meta').set('second', 'y'.repeat(int(rand, 4000)));
  const lyingCounts = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]);
  return [
    updateFrame(Y.encodeStateAsUpdate(subdocs)),
    updateFrame(Y.encodeStateAsUpdate(roots)),
    updateFrame(Y.encodeStateAsUpdate(deepDoc)),
    updateFrame(hugeDelete),
    updateFrame(Y.encodeStateAsUpdate(gap, before)),
    updateFrame(lyingCounts),
    syncFrame(1, lyingCounts),
    syncFrame(0, lyingCounts),
  ];
}

/**
 * `count` frames, seeded: random bytes, real frames truncated or with flipped bytes, unknown message
 * types, and the crafted updates above (wrapped as step 2 or update, whole or truncated).
 */
export function fuzzFrames(seed: number, count: number): Uint8Array[] {
  const rand = mulberry32(seed);
  const real = realFrames();
  const crafted = craftedFrames(rand);
  const frames: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const kind = int(rand, 6);
    if (kind === 0) {
      frames.push(randomBytes(rand, int(rand, 4) === 0 ? int(rand, 4096) : int(rand, 48)));
    } else if (kind === 1) {
      const source = pick(rand, real);
      frames.push(source.subarray(0, int(rand, source.length)));
    } else if (kind === 2) {
      const copy = pick(rand, real).slice();
      for (let flips = 1 + int(rand, 4); flips > 0; flips--) copy[int(rand, copy.length)] = int(rand, 256);
      frames.push(copy);
    } else if (kind === 3) {
      frames.push(
        frame(
          (e) => encoding.writeVarUint(e, 5 + int(rand, 1000)),
          (e) => encoding.writeUint8Array(e, randomBytes(rand, int(rand, 16))),
        ),
      );
    } else if (kind === 4) {
      const source = pick(rand, crafted);
      frames.push(int(rand, 2) === 0 ? source : source.subarray(0, 1 + int(rand, source.length - 1)));
    } else {
      frames.push(syncFrame(pick(rand, [1, 2]), randomBytes(rand, int(rand, 256))));
    }
  }
  return frames;
}
