import type * as Y from 'yjs';
import {
  COMMENT_COLLECTIONS,
  commentCollection,
  type CommentCollection,
} from '../../model/comments/commentsDocLayout';
import { plainValue } from '../../model/plainRecord';
import type { ChangePath } from './changedPaths';
import type { CommentsView } from './policyRules';
import { restoreEntry, restoreInto, snapshotEntry, snapshotValue } from './typeSnapshot';

/** The records an update reaches, by collection: the rules need to read only these. */
export type CommentKeys = Record<CommentCollection, ReadonlySet<string>>;

/** The keys of `paths` under the three collections (changes elsewhere are no record of theirs). */
export function commentKeysReached(doc: Y.Doc, paths: readonly ChangePath[]): CommentKeys {
  const keys = { threads: new Set<string>(), comments: new Set<string>(), people: new Set<string>() };
  for (const {
    root,
    keys: [key],
  } of paths) {
    const name = COMMENT_COLLECTIONS.find((n) => commentCollection(doc, n) === root);
    if (name && typeof key === 'string') keys[name].add(key);
  }
  return keys;
}

/**
 * The comments doc's records as plain values (junk under a key reads as `{ value }`), in the
 * collections' own order; with `only`, just those records.
 */
export function readCommentsView(doc: Y.Doc, only?: CommentKeys): CommentsView {
  const read = (name: CommentCollection) => {
    const out = new Map<string, Record<string, unknown>>();
    commentCollection(doc, name).forEach((value: unknown, key: string) => {
      if (only && !only[name].has(key)) return;
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

/**
 * Captures the three collections as they are (with `only`, just those records) and returns what
 * puts them back when a write breaks a rule.
 */
export function snapshotComments(doc: Y.Doc, only?: CommentKeys): () => void {
  if (!only) {
    const whole = COMMENT_COLLECTIONS.map((name) => snapshotValue(commentCollection(doc, name)));
    return () => whole.forEach((root) => restoreInto(root));
  }
  const entries = COMMENT_COLLECTIONS.flatMap((name) => {
    const map = commentCollection(doc, name) as unknown as Y.Map<unknown>;
    return [...only[name]].map((key) => ({ map, key, entry: snapshotEntry(map, key) }));
  });
  return () => entries.forEach(({ map, key, entry }) => restoreEntry(map, key, entry));
}
