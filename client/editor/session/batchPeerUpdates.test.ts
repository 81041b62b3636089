import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchPeerUpdates, PEER_BATCH_MS } from './batchPeerUpdates';

/** A stand-in for the local copy: records what it is asked to write. */
function fakeLocalCopy() {
  const written: Uint8Array[] = [];
  const local = { write: (update: Uint8Array) => void written.push(update) };
  return { local, written };
}

const SERVER = { name: 'provider' };

describe('batchPeerUpdates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes this tab's edits at once and the server's merged, at most every 250 ms", () => {
    const doc = new Y.Doc();
    const { local, written } = fakeLocalCopy();
    const batch = batchPeerUpdates(doc, local, (origin) => origin === SERVER);
    doc.getMap('m').set('mine', 1);
    expect(written).toHaveLength(1);

    const peer = new Y.Doc();
    for (let i = 0; i < 5; i++) {
      peer.getMap('m').set(`peer${i}`, i);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), SERVER);
    }
    expect(written).toHaveLength(1);
    vi.advanceTimersByTime(PEER_BATCH_MS);
    expect(written).toHaveLength(2);

    // What was written rebuilds the doc: nothing lost in the merge.
    const copy = new Y.Doc();
    for (const u of written) Y.applyUpdate(copy, u);
    expect(copy.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
    batch.stop();
  });

  it('stop writes what is waiting and stops listening', () => {
    const doc = new Y.Doc();
    const { local, written } = fakeLocalCopy();
    const batch = batchPeerUpdates(doc, local, (origin) => origin === SERVER);
    const peer = new Y.Doc();
    peer.getMap('m').set('a', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), SERVER);
    batch.stop();
    expect(written).toHaveLength(1);
    doc.getMap('m').set('after', 2);
    vi.advanceTimersByTime(PEER_BATCH_MS);
    expect(written).toHaveLength(1);
  });

  it('does not write back what was read from the local copy itself', () => {
    const doc = new Y.Doc();
    const { local, written } = fakeLocalCopy();
    batchPeerUpdates(doc, local, (origin) => origin === SERVER);
    const peer = new Y.Doc();
    peer.getMap('m').set('a', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), local);
    vi.advanceTimersByTime(PEER_BATCH_MS);
    expect(written).toHaveLength(0);
  });
});
