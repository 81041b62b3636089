import type { DiffKind, PersonRef } from '../../model/history/historyTypes';

/**
 * What a revert of one person's edits does, as `POST /api/maps/:id/revert` returns it (the shape of
 * README "History API and storage"; the client checks it with its own zod schema). Plain JSON.
 */
export interface RecordRef {
  readonly kind: DiffKind;
  readonly id: string;
  /** Title, note text, stage name… as the record reads now (or as it was, when it is gone). */
  readonly title: string;
}

export interface RevertPlan {
  readonly personId: string;
  /** ISO 8601: the window actually used. */
  readonly from: string;
  readonly to: string;
  /** Records they created in the window, still there (and connections to a card removed with it). */
  readonly remove: readonly RecordRef[];
  /** Records they deleted in the window, still gone. */
  readonly restore: readonly RecordRef[];
  /** Fields going back: `now` → `back` (display strings, '' for empty). */
  readonly fields: ReadonlyArray<RecordRef & { field: string; label: string; now: string; back: string }>;
  /** Listed, not reverted: someone changed the field after them, or the record is gone. */
  readonly kept: ReadonlyArray<
    RecordRef & { field: string; label: string; by: PersonRef; reason: 'changed-later' | 'record-gone' }
  >;
}
