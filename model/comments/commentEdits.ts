import type * as Y from 'yjs';
import type { Origin } from '../origins';
import { patchCommentRecord, transactComment } from './commentsDocLayout';
import { cleanText, commentMentions, requireComment, requireOwn } from './commentSupport';

/**
 * Changes the text of one's own comment (see requireOwn for what "own" means without accounts).
 * Writes only text, mentions and editedAt, so a concurrent resolve or reply is untouched.
 */
export function editComment(
  doc: Y.Doc,
  commentId: string,
  by: { id: string },
  edit: { text: string; mentions?: readonly string[]; now?: number },
  origin?: Origin,
): void {
  transactComment(
    doc,
    () => {
      const comment = requireComment(doc, commentId);
      requireOwn(comment, by.id, 'edit');
      const text = cleanText(edit.text);
      if (text === comment.text) return;
      patchCommentRecord(doc, 'comments', commentId, {
        text,
        mentions: commentMentions(doc, text, edit.mentions),
        editedAt: edit.now ?? Date.now(),
      });
    },
    origin,
  );
}

/**
 * Deletes one's own comment as a tombstone: the text and mentions go, the record stays (shown as
 * "comment deleted"), so the replies after it keep their context and the thread never loses its start.
 */
export function deleteComment(
  doc: Y.Doc,
  commentId: string,
  by: { id: string },
  now: number = Date.now(),
  origin?: Origin,
): void {
  transactComment(
    doc,
    () => {
      requireOwn(requireComment(doc, commentId), by.id, 'delete');
      patchCommentRecord(doc, 'comments', commentId, { text: '', mentions: [], deletedAt: now });
    },
    origin,
  );
}
