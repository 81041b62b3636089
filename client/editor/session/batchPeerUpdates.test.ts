import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchPeerUpdates, PEER_BATCH_MS } from './batchPeerUpdates';

/** A stand-in for IndexeddbPersistence: records what it is asked to write, as y-indexeddb would. */
function fakeLocalCopy(doc: Y.Doc) {
  const written: Uint8Array[] = [];
  const local = {
    _storeUpdate: (update: Uint8Array, origin: unknown) => {
      if (origin !== local) written.push(update);
    },
  };
  doc.on('update', local._storeUpdate);
  return { local, written };
}

const SERVER = { name: 'provider' };

describe('batchPeerUpdates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes this tab's edits at once and the server's merged, at most every 250 ms", () => {
    const doc = new Y.Doc();
    const { local, written } = fakeLocalCopy(doc);
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
    const { local, written } = fakeLocalCopy(doc);
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
    const { local, written } = fakeLocalCopy(doc);
    batchPeerUpdates(doc, local, (origin) => origin === SERVER);
    const peer = new Y.Doc();
    peer.getMap('m').set('a', 1);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), local);
    vi.advanceTimersByTime(PEER_BATCH_MS);
    expect(written).toHaveLength(0);
  });
});
