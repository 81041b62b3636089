import * as Y from 'yjs';
import { collection, getRecord } from '../../model/docLayout';
import { plainRecord, plainValue, UnreadableRecord } from '../../model/plainRecord';
import { REVERT_KINDS, isRevertCollection, type RevertCollection } from './revertKinds';

/** One map-doc update as the store keeps it: who sent it (null = the server itself) and when (ms). */
export interface AttributedEdit {
  readonly seq: number;
  readonly personId: string | null;
  readonly at: number;
  readonly data: Uint8Array;
}

/** Whose edits to undo, and when they were made (ms since the epoch, both ends included). */
export interface RevertWindow {
  readonly personId: string;
  readonly from: number;
  readonly to: number;
}

/**
 * One thing an edit did to the map's content: a record added or deleted (`field` null) or one
 * field of a record changed (a plain value set or deleted, or typing in its Y.Text / whys).
 */
export interface Touch {
  readonly seq: number;
  readonly personId: string | null;
  readonly at: number;
  readonly collection: RevertCollection;
  readonly id: string;
  readonly field: string | null;
  readonly action: 'add' | 'delete' | 'change';
}

/** Everything the plan needs from the replay: every touch in order, and values as they were. */
export interface EditTimeline {
  readonly touches: readonly Touch[];
  /**
   * For the window's person: each field's value just before their first change of it in the window
   * (`undefined` = the field was absent), and each record's fields just before they first deleted it.
   */
  readonly before: ReadonlyMap<string, unknown>;
  /**
   * For the window's person: whether each record they added or deleted was there just before their
   * first such touch of it. Net effect, not the last action: a card they deleted and brought back
   * with Ctrl+Z was "added" by them, but it is not theirs to remove.
   */
  readonly existedBefore: ReadonlyMap<string, boolean>;
  /** The replayed doc's state vector: whether the replay reached everything the live doc holds. */
  readonly reached: Uint8Array;
}

/** A field's value before the person's change could not be read (a hostile writer's): left alone. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** The key of a record (`field` null) or of one of its fields, in `EditTimeline.before` and the plan. */
export function touchKey(collectionName: RevertCollection, id: string, field: string | null): string {
  return field === null ? `${collectionName}\u0000${id}` : `${collectionName}\u0000${id}\u0000${field}`;
}

/**
 * Replays a map's attributed edits on top of a version's state and records who touched which
 * record and field. Edit data are Yjs updates, which say nothing about intent; the doc's own events
 * say exactly which keys each one changed, so a deep observer per collection reads them (path [] =
 * a record added or deleted, [id] = a field set, [id, field, …] = typing in a text or a why).
 *
 * The values an edit replaced are read from a second doc that trails one edit behind. (A gc-off doc
 * with `Y.snapshot` before each of the person's edits and `Y.createDocFromSnapshot` to read one
 * costs O(map) per edit: 5.6 s for a 2,600-edit session, 1,300 of them the person's, on a 300-card
 * map; applying each update twice plans the same revert in about 0.15 s.)
 */
export function replayEdits(
  base: Uint8Array,
  edits: readonly AttributedEdit[],
  window: RevertWindow,
): EditTimeline {
  const work = new Y.Doc();
  const trailing = new Y.Doc();
  Y.applyUpdate(work, base);
  Y.applyUpdate(trailing, base);
  const touches: Touch[] = [];
  const before = new Map<string, unknown>();
  const existedBefore = new Map<string, boolean>();
  let current: AttributedEdit | undefined;
  let seen = new Set<string>();

  const record = (name: RevertCollection, id: string, field: string | null, action: Touch['action']) => {
    if (!current) return;
    const key = `${touchKey(name, id, field)}\u0000${action}`;
    if (seen.has(key)) return;
    seen.add(key);
    const { seq, personId, at } = current;
    touches.push({ seq, personId, at, collection: name, id, field, action });
  };

  for (const name of Object.keys(REVERT_KINDS)) {
    if (!isRevertCollection(name)) continue;
    collection(work, name).observeDeep((events) => {
      for (const event of events) {
        const path = event.path;
        if (path.length === 0) {
          for (const [id, change] of event.keys) {
            // A key written over (no command replaces a record in place) counts as a change of the record.
            record(name, id, null, change.action === 'update' ? 'change' : change.action);
          }
        } else if (path.length === 1) {
          for (const field of event.keys.keys()) record(name, String(path[0]), field, 'change');
        } else {
          record(name, String(path[0]), String(path[1]), 'change');
        }
      }
    });
  }

  const firstChanged = new Set<string>();
  for (const edit of edits) {
    const start = touches.length;
    current = edit;
    seen = new Set();
    Y.applyUpdate(work, edit.data);
    current = undefined;
    const mine = edit.personId === window.personId && edit.at >= window.from && edit.at <= window.to;
    if (mine) {
      for (const t of touches.slice(start)) {
        const key = touchKey(t.collection, t.id, t.field);
        const rec = getRecord(trailing, t.collection, t.id);
        if (t.field === null) {
          if (!existedBefore.has(key)) existedBefore.set(key, rec !== undefined);
          const record = t.action === 'delete' && rec ? writable(plainRecord(rec)) : undefined;
          // The first deletion: a record deleted, re-made and deleted again comes back as it first was.
          if (record !== undefined && !before.has(key)) before.set(key, record);
        } else if (t.field !== null && !firstChanged.has(key)) {
          firstChanged.add(key);
          const old = rec && rec.has(t.field) ? plainValue(rec.get(t.field)) : undefined;
          before.set(key, old instanceof UnreadableRecord ? UNREADABLE : writable(old));
        }
      }
    }
    Y.applyUpdate(trailing, edit.data);
  }
  const reached = Y.encodeStateVector(work);
  trailing.destroy();
  work.destroy();
  return { touches, before, existedBefore, reached };
}

/**
 * A value read from the doc as one a revert can write back: Yjs stores only ordinary objects, and
 * the readers hand out null-prototype ones (a card's `voc`). Undefined for a record that could not
 * be read (a hostile writer's): it stays gone rather than come back broken.
 */
function writable(value: unknown): unknown {
  if (value instanceof UnreadableRecord) return undefined;
  if (Array.isArray(value)) return value.map(writable);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, writable(v)]));
}
