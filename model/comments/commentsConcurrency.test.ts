import { describe, expect, it } from 'vitest';
import { sameYState, syncDocs } from '../testing/syncDocs';
import { deleteComment, editComment } from './commentEdits';
import { ALICE, BOB, cleanComments, commentsDoc } from '../testing/commentChecks';
import { notePresence } from './notePresence';
import { reply, resolveThread, startThread } from './threadCommands';

/** Two people on two docs, acting before either sees the other: nobody's write is lost. */
describe('comments written at the same time', () => {
  function twoDocs() {
    const a = commentsDoc(1);
    const b = commentsDoc(2);
    const { threadId, commentId } = startThread(a, {
      anchor: { kind: 'map' },
      author: ALICE,
      text: 'Start',
      now: 1,
    });
    syncDocs(a, b);
    return { a, b, threadId, commentId };
  }

  it('keeps both replies', () => {
    const { a, b, threadId } = twoDocs();
    reply(a, threadId, { author: ALICE, text: 'from Alice', now: 2 });
    reply(b, threadId, { author: BOB, text: 'from Bob', now: 2 });
    syncDocs(a, b);
    expect(sameYState(a, b)).toBe(true);
    const texts = cleanComments(a).open[0]?.comments.map((c) => c.text);
    expect(texts?.[0]).toBe('Start');
    expect([...(texts ?? [])].sort()).toEqual(['Start', 'from Alice', 'from Bob']);
    expect(cleanComments(b)).toEqual(cleanComments(a));
  });

  it('keeps an edit, a resolve and a new person made at once', () => {
    const { a, b, threadId, commentId } = twoDocs();
    editComment(a, commentId, ALICE, { text: 'Start (edited)', now: 3 });
    resolveThread(b, threadId, BOB, 3);
    notePresence(b, BOB, 3);
    syncDocs(a, b);
    const snap = cleanComments(a);
    expect(snap.resolved[0]?.comments[0]?.text).toBe('Start (edited)');
    expect(snap.resolved[0]?.thread.resolvedBy?.id).toBe(BOB.id);
    expect(snap.people.map((p) => p.id)).toEqual([BOB.id]);
  });

  it('a delete and a concurrent edit end the same on both sides, and the tombstone stays', () => {
    const { a, b, commentId } = twoDocs();
    deleteComment(a, commentId, ALICE, 4);
    editComment(b, commentId, ALICE, { text: 'edited meanwhile', now: 4 });
    syncDocs(a, b);
    const [first] = cleanComments(a).open[0]?.comments ?? [];
    expect(first?.deletedAt).toBe(4);
    expect(cleanComments(b)).toEqual(cleanComments(a));
  });
});
