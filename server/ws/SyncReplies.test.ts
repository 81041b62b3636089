import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RoomVersions } from '../rooms/RoomVersions';
import { SyncReplies } from './SyncReplies';

function room() {
  const doc = new Y.Doc();
  doc.getMap('scratch').set('a', 'x'.repeat(1000));
  const awareness = new awarenessProtocol.Awareness(doc);
  return { doc, awareness, versions: new RoomVersions(doc, awareness) };
}

const EMPTY_SV = Y.encodeStateVector(new Y.Doc());

describe('SyncReplies', () => {
  it('answers sync step 1 once per doc version; a repeat costs the bytes of the reply', () => {
    const { doc, versions } = room();
    const replies = new SyncReplies(doc, versions);
    const first = replies.syncStep2(EMPTY_SV);
    expect(first.kind).toBe('send');
    const bytes = first.kind === 'send' ? first.message.length : 0;
    expect(bytes).toBeGreaterThan(1000);
    expect(replies.syncStep2(EMPTY_SV)).toEqual({ kind: 'repeat', bytes });
    doc.getMap('scratch').set('b', 1);
    expect(replies.syncStep2(EMPTY_SV).kind).toBe('send');
  });

  it('shares one encoded full state among joiners of the same version', () => {
    const { doc, versions } = room();
    const a = new SyncReplies(doc, versions).syncStep2(EMPTY_SV);
    const b = new SyncReplies(doc, versions).syncStep2(EMPTY_SV);
    expect(a.kind === 'send' && b.kind === 'send' && a.message === b.message).toBe(true);
  });

  it('answers a query-awareness once per presence version', () => {
    const { doc, awareness, versions } = room();
    const replies = new SyncReplies(doc, versions);
    expect(replies.presence().kind).toBe('send');
    expect(replies.presence().kind).toBe('repeat');
    awareness.setLocalState({ name: 'changed' });
    expect(replies.presence().kind).toBe('send');
  });

  it('throws on a malformed state vector (the connection closes 4400)', () => {
    const { doc, versions } = room();
    expect(() => new SyncReplies(doc, versions).syncStep2(new Uint8Array([5, 1]))).toThrow();
  });
});
