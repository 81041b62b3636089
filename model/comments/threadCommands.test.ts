import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/commandChecks';
import { ALICE, BOB, cleanComments, commentsDoc, expectOneCommentStep } from '../testing/commentChecks';
import { notePresence } from './notePresence';
import { reopenThread, reply, resolveThread, startThread } from './threadCommands';

const onCard = { kind: 'touchpoint', id: 'tp_1' } as const;

describe('startThread', () => {
  it('opens a thread with its first comment in one step', () => {
    const doc = commentsDoc();
    const { threadId, commentId } = expectOneCommentStep(doc, () =>
      startThread(doc, { anchor: onCard, author: BOB, text: '  Why a phone call here?  ', now: 1000 }),
    );
    const [view] = cleanComments(doc).open;
    expect(view?.thread).toEqual({
      id: threadId,
      anchor: onCard,
      createdAt: 1000,
      createdBy: { id: BOB.id, name: 'Bob' },
    });
    expect(view?.comments).toEqual([
      { id: commentId, threadId, author: BOB, text: 'Why a phone call here?', mentions: [], createdAt: 1000 },
    ]);
  });

  it('finds mentions of people who have been in the map, or takes the given ids', () => {
    const doc = commentsDoc();
    notePresence(doc, ALICE, 1);
    const a = startThread(doc, { anchor: { kind: 'map' }, author: BOB, text: '@Alice can you check?' });
    const b = startThread(doc, {
      anchor: { kind: 'map' },
      author: BOB,
      text: '@Carol?',
      mentions: ['u_carol'],
    });
    const byId = new Map(cleanComments(doc).open.map((v) => [v.thread.id, v.comments[0]?.mentions]));
    expect(byId.get(a.threadId)).toEqual([ALICE.id]);
    expect(byId.get(b.threadId)).toEqual(['u_carol']);
  });

  it('refuses empty or too long text, bad anchors and bad authors, writing nothing', () => {
    const doc = commentsDoc();
    expectRefused(
      doc,
      () => startThread(doc, { anchor: onCard, author: BOB, text: '   ' }),
      /needs some text/,
    );
    expectRefused(
      doc,
      () => startThread(doc, { anchor: onCard, author: BOB, text: 'x'.repeat(4001) }),
      /at most 4000/,
    );
    expectRefused(doc, () =>
      startThread(doc, { anchor: { kind: 'lane', id: 'x' } as never, author: BOB, text: 'hi' }),
    );
    expectRefused(doc, () =>
      startThread(doc, { anchor: onCard, author: { ...BOB, color: 'red;' }, text: 'hi' }),
    );
    expectRefused(doc, () =>
      startThread(doc, { anchor: onCard, author: BOB, text: 'hi', mentions: ['no spaces'] }),
    );
  });
});

describe('reply', () => {
  it('adds a comment after the others, in one step', () => {
    const doc = commentsDoc();
    const { threadId } = startThread(doc, { anchor: onCard, author: BOB, text: 'Question', now: 1 });
    const id = expectOneCommentStep(doc, () =>
      reply(doc, threadId, { author: ALICE, text: 'Answer', now: 2 }),
    );
    const comments = cleanComments(doc).open[0]?.comments ?? [];
    expect(comments.map((c) => c.text)).toEqual(['Question', 'Answer']);
    expect(comments[1]?.id).toBe(id);
  });

  it('refuses unknown and resolved threads', () => {
    const doc = commentsDoc();
    expectRefused(doc, () => reply(doc, 'thr_nope', { author: ALICE, text: 'hi' }), /does not exist/);
    const { threadId } = startThread(doc, { anchor: onCard, author: BOB, text: 'Question' });
    resolveThread(doc, threadId, ALICE);
    expectRefused(doc, () => reply(doc, threadId, { author: ALICE, text: 'late' }), /resolved: reopen it/);
  });
});

describe('resolveThread and reopenThread', () => {
  it('moves a thread between open and resolved, each in one step', () => {
    const doc = commentsDoc();
    const { threadId } = startThread(doc, { anchor: onCard, author: BOB, text: 'Question' });
    expectOneCommentStep(doc, () => resolveThread(doc, threadId, ALICE, 5000));
    let snap = cleanComments(doc);
    expect(snap.open).toEqual([]);
    expect(snap.resolved[0]?.thread).toMatchObject({
      resolvedAt: 5000,
      resolvedBy: { id: ALICE.id, name: 'Alice' },
    });
    expect(snap.openCounts).toEqual({});
    expectRefused(doc, () => resolveThread(doc, threadId, ALICE), /already resolved/);

    expectOneCommentStep(doc, () => reopenThread(doc, threadId));
    snap = cleanComments(doc);
    expect(snap.resolved).toEqual([]);
    expect(snap.open[0]?.thread.resolvedAt).toBeUndefined();
    expect(snap.open[0]?.thread.resolvedBy).toBeUndefined();
    expect(snap.openCounts).toEqual({ tp_1: 1 });
    expectRefused(doc, () => reopenThread(doc, threadId), /already open/);
    expectRefused(doc, () => resolveThread(doc, 'thr_nope', ALICE), /does not exist/);
  });
});
