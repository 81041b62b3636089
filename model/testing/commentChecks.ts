import { expect } from 'vitest';
import * as Y from 'yjs';
import { COMMENT_ORIGIN } from '../origins';
import { watchTransactions } from './transactionLog';
import { readComments, type CommentsSnapshot } from '../comments/readComments';
import type { Author } from '../comments/person';

/** Test people: ids from the safe alphabet, colours as userColor gives them. */
export const ALICE: Author = { id: 'u_alice', name: 'Alice', color: '#2563eb' };
export const BOB: Author = { id: 'u_bob', name: 'Bob', color: '#059669' };

export function commentsDoc(clientID?: number): Y.Doc {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  return doc;
}

/** Runs a comment command: exactly one transaction, with COMMENT_ORIGIN. */
export function expectOneCommentStep<T>(doc: Y.Doc, run: () => T): T {
  const log = watchTransactions(doc);
  const result = run();
  log.stop();
  expect(log.origins).toEqual([COMMENT_ORIGIN]);
  return result;
}

/** The snapshot with no map (no anchor counts as removed), failing if anything was skipped. */
export function cleanComments(doc: Y.Doc): CommentsSnapshot {
  const { comments, problems } = readComments(doc, null);
  expect(problems).toEqual([]);
  return comments;
}
