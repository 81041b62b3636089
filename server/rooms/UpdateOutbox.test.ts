import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { decoding } from 'lib0';
import type { RoomPeer } from './RoomPeer';
import { UpdateOutbox } from './UpdateOutbox';

/** A peer that applies every update message it is sent to its own doc. */
function peer(name: string) {
  const doc = new Y.Doc();
  const messages: Uint8Array[] = [];
  const p: RoomPeer & { doc: Y.Doc; messages: Uint8Array[]; name: string } = {
    name,
    doc,
    messages,
    send(message: Uint8Array) {
      messages.push(message);
      const decoder = decoding.createDecoder(message);
      expect(decoding.readVarUint(decoder)).toBe(0); // sync
      expect(decoding.readVarUint(decoder)).toBe(2); // update
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
    },
  } as never;
  return p;
}

/** An update that sets `key` in a doc of its own. */
function edit(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('m').set(key, key);
  return Y.encodeStateAsUpdate(doc);
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('UpdateOutbox (group broadcast)', () => {
  it('sends one commit’s updates as one message per peer and one publish, at the end of the turn', async () => {
    const [ann, bob, cy] = [peer('ann'), peer('bob'), peer('cy')];
    const published: Uint8Array[] = [];
    const outbox = new UpdateOutbox({ peers: () => [ann, bob, cy], publish: (u) => published.push(u) });
    outbox.add(edit('a1'), ann);
    outbox.add(edit('b1'), bob);
    outbox.add(edit('a2'), ann);
    expect(cy.messages).toHaveLength(0);
    await turn();
    for (const p of [ann, bob, cy]) {
      expect(p.messages).toHaveLength(1);
      expect(p.doc.getMap('m').toJSON()).toEqual({ a1: 'a1', b1: 'b1', a2: 'a2' });
    }
    expect(published).toHaveLength(1);
    const relayed = new Y.Doc();
    Y.applyUpdate(relayed, published[0]!);
    expect(Object.keys(relayed.getMap('m').toJSON()).sort()).toEqual(['a1', 'a2', 'b1']);
  });

  it('never sends a peer back a batch made only of its own updates', async () => {
    const [ann, bob] = [peer('ann'), peer('bob')];
    const outbox = new UpdateOutbox({ peers: () => [ann, bob], publish: () => {} });
    outbox.add(edit('a1'), ann);
    outbox.add(edit('a2'), ann);
    await turn();
    expect(ann.messages).toHaveLength(0);
    expect(bob.messages).toHaveLength(1);
    // The next turn's update is a batch of its own.
    outbox.add(edit('b1'), bob);
    await turn();
    expect(ann.messages).toHaveLength(1);
    expect(bob.messages).toHaveLength(1);
    expect(ann.doc.getMap('m').get('b1')).toBe('b1');
  });
});
