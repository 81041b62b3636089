import type * as Y from 'yjs';
import { CommandError, parseInput } from '../commands/commandSupport';
import { plainRecord, schemaFields } from '../plainRecord';
import { getCommentRecord, rawCommentRecords } from './commentsDocLayout';
import { COMMENT_MAX_LENGTH, MAX_MENTIONS, commentSchema, type Comment } from './comment';
import { mentionIds } from './mentions';
import { personRecordSchema, userIdSchema, type PersonRecord } from './person';
import { threadSchema, type Thread } from './thread';

/** A thread as the doc has it, validated; refused (CommandError) when missing or malformed. */
export function requireThread(doc: Y.Doc, id: string): Thread {
  const parsed = threadSchema.safeParse(
    plainRecord(getCommentRecord(doc, 'threads', id), schemaFields(threadSchema)),
  );
  if (!parsed.success) throw new CommandError(`thread ${id} does not exist`);
  return parsed.data;
}

export function requireComment(doc: Y.Doc, id: string): Comment {
  const parsed = commentSchema.safeParse(
    plainRecord(getCommentRecord(doc, 'comments', id), schemaFields(commentSchema)),
  );
  if (!parsed.success) throw new CommandError(`comment ${id} does not exist`);
  return parsed.data;
}

/** Trimmed comment text; refused when empty or too long (nothing is written). */
export function cleanText(text: string): string {
  const clean = text.trim();
  if (!clean) throw new CommandError('a comment needs some text');
  if (clean.length > COMMENT_MAX_LENGTH) {
    throw new CommandError(`a comment can be at most ${COMMENT_MAX_LENGTH} characters`);
  }
  return clean;
}

/** The valid people records (the @mention candidates). */
export function readPeopleRecords(doc: Y.Doc): PersonRecord[] {
  const out: PersonRecord[] = [];
  for (const [key, raw] of rawCommentRecords(doc, 'people')) {
    const parsed = personRecordSchema.safeParse(raw);
    if (parsed.success && parsed.data.id === key) out.push(parsed.data);
  }
  return out;
}

/**
 * The ids a comment mentions: the caller's list (the composer knows who it offered, present peers
 * included), else parsed from the text against the people who have been in the map.
 */
export function commentMentions(doc: Y.Doc, text: string, given?: readonly string[]): string[] {
  const ids = given ? [...new Set(given)] : mentionIds(text, readPeopleRecords(doc));
  return parseInput(userIdSchema.array().max(MAX_MENTIONS), ids);
}

/**
 * We have no accounts: "own" means written by this browser's identity. The check runs in the
 * client's command, so it stops honest clients from touching others' comments; a hostile client
 * could still write the doc directly, which readComments tolerates (it shows what is there).
 */
export function requireOwn(comment: Comment, byUserId: string, verb: string): void {
  if (comment.author.id !== byUserId) throw new CommandError(`you can only ${verb} your own comments`);
  if (comment.deletedAt !== undefined) throw new CommandError('this comment was deleted');
}
