import { describe, expect, it } from 'vitest';
import { expectRefused } from '../testing/commandChecks';
import { deleteComment, editComment } from './commentEdits';
import { ALICE, BOB, cleanComments, commentsDoc, expectOneCommentStep } from '../testing/commentChecks';
import { notePresence } from './notePresence';
import { reply, startThread } from './threadCommands';

function thread() {
  const doc = commentsDoc();
  notePresence(doc, ALICE, 1);
  const { threadId, commentId } = startThread(doc, {
    anchor: { kind: 'map' },
    author: BOB,
    text: 'First',
    now: 10,
  });
  const replyId = reply(doc, threadId, { author: ALICE, text: 'Second', now: 20 });
  return { doc, commentId, replyId };
}
const comments = (doc: ReturnType<typeof thread>['doc']) => cleanComments(doc).open[0]?.comments ?? [];

describe('editComment', () => {
  it('changes the text and mentions of one’s own comment and marks it edited', () => {
    const { doc, commentId } = thread();
    expectOneCommentStep(doc, () => editComment(doc, commentId, BOB, { text: 'First, @Alice', now: 30 }));
    expect(comments(doc)[0]).toMatchObject({
      text: 'First, @Alice',
      mentions: [ALICE.id],
      editedAt: 30,
      createdAt: 10,
    });
  });

  it('refuses someone else’s comment, empty text and deleted comments', () => {
    const { doc, commentId } = thread();
    expectRefused(doc, () => editComment(doc, commentId, ALICE, { text: 'hijack' }), /only edit your own/);
    expectRefused(doc, () => editComment(doc, commentId, BOB, { text: ' ' }), /needs some text/);
    expectRefused(doc, () => editComment(doc, 'cmt_nope', BOB, { text: 'x' }), /does not exist/);
    deleteComment(doc, commentId, BOB);
    expectRefused(doc, () => editComment(doc, commentId, BOB, { text: 'back' }), /was deleted/);
  });
});

describe('deleteComment', () => {
  it('leaves a tombstone in place, so the replies keep their context', () => {
    const { doc, commentId } = thread();
    expectOneCommentStep(doc, () => deleteComment(doc, commentId, BOB, 40));
    const [first, second] = comments(doc);
    expect(first).toMatchObject({ id: commentId, text: '', mentions: [], deletedAt: 40, author: BOB });
    expect(second?.text).toBe('Second');
  });

  it('refuses someone else’s comment and a second delete', () => {
    const { doc, commentId, replyId } = thread();
    expectRefused(doc, () => deleteComment(doc, commentId, ALICE), /only delete your own/);
    deleteComment(doc, replyId, ALICE);
    expectRefused(doc, () => deleteComment(doc, replyId, ALICE), /was deleted/);
  });
});
