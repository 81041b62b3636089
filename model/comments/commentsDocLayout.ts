import { defineDocLayout } from '../defineDocLayout';
import { COMMENT_ORIGIN } from '../origins';

/**
 * The one module that knows how comments live in their Y.Doc (data for `defineDocLayout`). Comments
 * have a doc of their own (the room `<mapId>/comments`), so a commenter can write them while the map
 * doc stays read-only for them, and the map's undo, export and size never see them.
 *
 * Layout: three Y.Maps keyed by record id, each value a Y.Map of the record's fields:
 * - `threads`: one per conversation, anchored to a touchpoint, stage, note or the map.
 * - `comments`: one per message, pointing at its thread by `threadId`. A reply is a new record, never
 *   an edit of the thread or of an array, so two people replying at once both keep their reply.
 * - `people`: one per person who has opened the map (keyed by user id, written only by that person),
 *   the candidates for @mentions.
 * One Y.Map per record means an edit of a comment's text and a concurrent resolve of its thread touch
 * different records, and an edit and a delete of one comment touch different fields.
 */
export const COMMENT_COLLECTIONS = ['threads', 'comments', 'people'] as const;
export type CommentCollection = (typeof COMMENT_COLLECTIONS)[number];

/** Reads are sorted by record id, so they are deterministic; writes are COMMENT_ORIGIN (never undone). */
const commentsLayout = defineDocLayout({
  collections: COMMENT_COLLECTIONS,
  origin: COMMENT_ORIGIN,
  sortedReads: true,
});

export const {
  collection: commentCollection,
  getRecord: getCommentRecord,
  putRecord: putCommentRecord,
  patchRecord: patchCommentRecord,
  rawRecords: rawCommentRecords,
  transact: transactComment,
} = commentsLayout;
