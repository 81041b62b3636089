import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editComment, reopenThread, resolveThread, startThread } from '../model/comments';
import { commentCollection, getCommentRecord } from '../model/comments/commentsDocLayout';
import {
  commentsRoom,
  startTestServer,
  storedDoc,
  waitFor,
  type TestPerson,
  type TestServer,
} from './testing/harness';

interface Person extends TestPerson {
  author: { id: string; name: string; color: string };
}

describe('comments enforced by the server', () => {
  let t: TestServer;
  let mapId: string;
  beforeEach(async () => {
    t = await startTestServer();
    mapId = await t.createMap();
  });
  afterEach(() => t.dispose());

  async function join(name: string): Promise<Person> {
    const person = await t.joinAs(commentsRoom(mapId), name, { role: 'commenter' });
    return { ...person, author: { id: person.id, name, color: '#336699' } };
  }
  const textOf = (doc: Y.Doc, id: string) => getCommentRecord(doc, 'comments', id)?.get('text');
  const stored = () => storedDoc(t.server.store, `${mapId}/comments`)!;
  const refusals = (p: Person) => p.client.notices.filter((n) => n.type === 'write-rejected');
  const sv = (d: Y.Doc) => Buffer.from(Y.encodeStateVector(d)).toString('hex');

  async function refused(p: Person, count: number): Promise<void> {
    await waitFor(() => refusals(p).length === count, 5000, 'refusal');
    const room = t.server.rooms.acquire(`${mapId}`, 'comments')!;
    await waitFor(() => sv(p.client.doc) === sv(room.doc), 5000, 'writer converged');
  }

  it('lets a commenter neither edit, forge nor wipe another’s comment, and edit their own', async () => {
    const alice = await join('Alice');
    const mallory = await join('Mallory');
    const { commentId, threadId } = startThread(alice.client.doc, {
      author: alice.author,
      text: 'ship it',
      anchor: { kind: 'map' },
    });
    await waitFor(() => textOf(mallory.client.doc, commentId) === 'ship it');

    // Edit someone else's comment, writing the field directly (the command would refuse).
    getCommentRecord(mallory.client.doc, 'comments', commentId)!.set('text', 'do not ship');
    await refused(mallory, 1);
    expect(refusals(mallory)[0]).toMatchObject({ rule: 'comment-author' });
    expect(textOf(mallory.client.doc, commentId)).toBe('ship it');

    // Forge a comment in Alice's name.
    const forged = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({
      id: 'forged',
      threadId,
      author: alice.author,
      text: 'I quit',
      mentions: [],
      createdAt: 1,
    }))
      forged.set(k, v);
    commentCollection(mallory.client.doc, 'comments').set('forged', forged);
    await refused(mallory, 2);

    // Wipe everything.
    mallory.client.doc.transact(() => {
      for (const name of ['threads', 'comments'] as const)
        commentCollection(mallory.client.doc, name).clear();
    });
    await refused(mallory, 3);

    for (const doc of [alice.client.doc, mallory.client.doc, stored()]) {
      expect(textOf(doc, commentId)).toBe('ship it');
      expect(commentCollection(doc, 'comments').has('forged')).toBe(false);
      expect(commentCollection(doc, 'threads').has(threadId)).toBe(true);
    }

    // Her own comment, and resolving (anyone who may comment) as herself, go through.
    const own = startThread(mallory.client.doc, {
      author: mallory.author,
      text: 'typo',
      anchor: { kind: 'map' },
    });
    editComment(mallory.client.doc, own.commentId, mallory.author, { text: 'fixed' });
    resolveThread(mallory.client.doc, threadId, mallory.author);
    await waitFor(() => textOf(alice.client.doc, own.commentId) === 'fixed', 5000, 'own edit relayed');
    await waitFor(
      () => getCommentRecord(alice.client.doc, 'threads', threadId)?.get('resolvedAt') !== undefined,
    );
    reopenThread(alice.client.doc, threadId);
    await waitFor(
      () => getCommentRecord(mallory.client.doc, 'threads', threadId)?.get('resolvedAt') === undefined,
    );
    expect(refusals(mallory)).toHaveLength(3);
    expect(refusals(alice)).toHaveLength(0);
  });

  it('refuses a resolve in someone else’s name', async () => {
    const alice = await join('Alice');
    const mallory = await join('Mallory');
    const { threadId } = startThread(alice.client.doc, {
      author: alice.author,
      text: 'q',
      anchor: { kind: 'map' },
    });
    await waitFor(() => commentCollection(mallory.client.doc, 'threads').has(threadId));
    resolveThread(mallory.client.doc, threadId, alice.author);
    await refused(mallory, 1);
    expect(refusals(mallory)[0]).toMatchObject({ rule: 'resolve-as-self' });
    expect(getCommentRecord(stored(), 'threads', threadId)?.get('resolvedAt')).toBeUndefined();
  });
});
