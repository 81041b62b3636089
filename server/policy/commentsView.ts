import type * as Y from 'yjs';
import { COMMENT_COLLECTIONS, commentCollection } from '../../model/comments/commentsDocLayout';
import { plainValue } from '../../model/plainRecord';
import type { CommentsView } from './policyRules';
import { snapshotValue, type TypeSnapshot } from './typeSnapshot';

/** The comments doc's records as plain values (junk under a key reads as `{ value }`). */
export function readCommentsView(doc: Y.Doc): CommentsView {
  const read = (name: (typeof COMMENT_COLLECTIONS)[number]) => {
    const out = new Map<string, Record<string, unknown>>();
    commentCollection(doc, name).forEach((value: unknown, key: string) => {
      const plain = plainValue(value);
      out.set(
        key,
        typeof plain === 'object' && plain !== null ? (plain as Record<string, unknown>) : { value: plain },
      );
    });
    return out;
  };
  return { threads: read('threads'), comments: read('comments'), people: read('people') };
}

/** The three collections as they were, to put back when a write breaks a rule. */
export function snapshotComments(doc: Y.Doc): TypeSnapshot[] {
  return COMMENT_COLLECTIONS.map((name) => snapshotValue(commentCollection(doc, name)));
}
