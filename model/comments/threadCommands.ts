import type * as Y from 'yjs';
import { CommandError, parseInput } from '../commands/commandSupport';
import type { Origin } from '../origins';
import { patchCommentRecord, putCommentRecord, transactComment } from './commentsDocLayout';
import { commentSchema, newCommentId, type Comment } from './comment';
import { cleanText, commentMentions, requireThread } from './commentSupport';
import { authorSchema, type Author } from './person';
import { anchorSchema, newThreadId, threadSchema, type Anchor } from './thread';

export interface CommentInput {
  readonly author: Author;
  readonly text: string;
  /** Mentioned user ids; parsed from the text against `people` when left out. */
  readonly mentions?: readonly string[];
  /** Epoch ms; the client passes its server-corrected clock, tests a fixed value. */
  readonly now?: number;
}

/** Validates a comment completely before anything is written (a transaction cannot be rolled back). */
function commentRecord(doc: Y.Doc, threadId: string, input: CommentInput, now: number): Comment {
  const text = cleanText(input.text);
  return parseInput(commentSchema, {
    id: newCommentId(),
    threadId,
    author: parseInput(authorSchema, input.author),
    text,
    mentions: commentMentions(doc, text, input.mentions),
    createdAt: now,
  });
}

/**
 * Opens a thread on an anchor with its first comment, in one transaction (nobody ever sees a thread
 * without its opening words). The caller checks the anchor exists in the map: the comments doc does
 * not hold the map.
 */
export function startThread(
  doc: Y.Doc,
  input: CommentInput & { readonly anchor: Anchor },
  origin?: Origin,
): { threadId: string; commentId: string } {
  return transactComment(
    doc,
    () => {
      const now = input.now ?? Date.now();
      const author = parseInput(authorSchema, input.author);
      const thread = parseInput(threadSchema, {
        id: newThreadId(),
        anchor: parseInput(anchorSchema, input.anchor),
        createdAt: now,
        createdBy: { id: author.id, name: author.name },
      });
      const first = commentRecord(doc, thread.id, input, now);
      putCommentRecord(doc, 'threads', thread);
      putCommentRecord(doc, 'comments', first);
      return { threadId: thread.id, commentId: first.id };
    },
    origin,
  );
}

/**
 * Adds a reply: a new comment record, so replies written at the same moment by two people are both
 * kept. A resolved thread takes no replies until someone reopens it.
 */
export function reply(doc: Y.Doc, threadId: string, input: CommentInput, origin?: Origin): string {
  return transactComment(
    doc,
    () => {
      const thread = requireThread(doc, threadId);
      if (thread.resolvedAt !== undefined)
        throw new CommandError('this thread is resolved: reopen it to reply');
      const record = commentRecord(doc, threadId, input, input.now ?? Date.now());
      putCommentRecord(doc, 'comments', record);
      return record.id;
    },
    origin,
  );
}

/** Marks a thread resolved (anyone who may comment can); it moves to the panel's "Resolved" tab. */
export function resolveThread(
  doc: Y.Doc,
  threadId: string,
  by: { id: string; name: string },
  now: number = Date.now(),
  origin?: Origin,
): void {
  transactComment(
    doc,
    () => {
      const thread = requireThread(doc, threadId);
      if (thread.resolvedAt !== undefined) throw new CommandError('this thread is already resolved');
      const resolvedBy = parseInput(threadSchema.shape.createdBy, { id: by.id, name: by.name });
      patchCommentRecord(doc, 'threads', threadId, { resolvedAt: now, resolvedBy });
    },
    origin,
  );
}

/** Takes a thread back to open. */
export function reopenThread(doc: Y.Doc, threadId: string, origin?: Origin): void {
  transactComment(
    doc,
    () => {
      const thread = requireThread(doc, threadId);
      if (thread.resolvedAt === undefined) throw new CommandError('this thread is already open');
      patchCommentRecord(doc, 'threads', threadId, { resolvedAt: undefined, resolvedBy: undefined });
    },
    origin,
  );
}
