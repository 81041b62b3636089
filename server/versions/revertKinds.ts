import type * as Y from 'yjs';
import { rawRecords } from '../../model/docLayout';
import type { DiffKind } from '../../model/history/historyTypes';

type PlainRecord = Readonly<Record<string, unknown>>;

/** What a revert needs to know about one collection, as data. */
export interface RevertKindTraits {
  /** The diff's name for it, so the preview reads like "Compare with now". */
  readonly kind: DiffKind;
  /** What people call a record: the title, text or name they typed. */
  readonly title: (rec: PlainRecord) => unknown;
  /**
   * A record deleted by setting a field (a stage stays as a tombstone for concurrent edits): putting
   * that field back is listed as bringing the record back, and the fields that go with it are not
   * listed at all.
   */
  readonly tombstone: {
    readonly field: string;
    readonly with: readonly string[];
    /** The patch that deletes the record the model's way (`going`: records of the kind removed with it). */
    readonly bury: (doc: Y.Doc, id: string, going: ReadonlySet<string>) => Record<string, unknown>;
  } | null;
  /** Fields holding another record's id: the preview names that record ("Buy", not "stage_x1"). */
  readonly refs: Readonly<Record<string, RefCollection>>;
  /** Links to a card that may be absent (a note's card): dropped rather than left dangling. */
  readonly optionalCardLinks: readonly string[];
}

export type RefCollection = 'stages' | 'lanes' | 'touchpoints';

/**
 * The collections a revert undoes. Meta (the map's header and facilitation) and votes are not in it:
 * they are not records a person's revert takes back; nor are vote results and timer runs, which
 * nobody changes. Field labels and values are `revertFields.ts`.
 */
export const REVERT_KINDS = {
  stages: {
    kind: 'stage',
    title: (r) => r.name,
    tombstone: { field: 'deleted', with: ['fallbackStageId'], bury: buryStage },
    refs: { fallbackStageId: 'stages' },
    optionalCardLinks: [],
  },
  lanes: { kind: 'lane', title: (r) => r.label, tombstone: null, refs: {}, optionalCardLinks: [] },
  touchpoints: {
    kind: 'touchpoint',
    title: (r) => r.title,
    tombstone: null,
    refs: { stageId: 'stages', laneId: 'lanes' },
    optionalCardLinks: [],
  },
  connections: {
    kind: 'connection',
    title: (r) => r.label,
    tombstone: null,
    refs: { from: 'touchpoints', to: 'touchpoints' },
    optionalCardLinks: [],
  },
  notes: {
    kind: 'note',
    title: (r) => r.text,
    tombstone: null,
    refs: { stageId: 'stages', touchpointId: 'touchpoints' },
    optionalCardLinks: ['touchpointId'],
  },
} as const satisfies Record<string, RevertKindTraits>;

export type RevertCollection = keyof typeof REVERT_KINDS;

/** A collection name read from a doc event is one a revert knows. */
export function isRevertCollection(name: string): name is RevertCollection {
  return Object.hasOwn(REVERT_KINDS, name);
}

/** What people call a record; its id when it has no title. */
export function recordTitle(collection: RevertCollection, id: string, rec: PlainRecord | undefined): string {
  const title = rec ? (REVERT_KINDS[collection] as RevertKindTraits).title(rec) : undefined;
  return typeof title === 'string' && title.trim() !== '' ? title : id;
}

/**
 * A stage goes as `deleteStage` makes it go: a tombstone pointing at its live neighbour (the one
 * before it, else the one after), so cards others put in it move there instead of being lost.
 */
function buryStage(doc: Y.Doc, id: string, going: ReadonlySet<string>): Record<string, unknown> {
  const live = rawRecords(doc, 'stages')
    .map(([key, raw]) => ({ key, ...(raw as { deleted?: unknown; order?: unknown }) }))
    .filter(
      (st) => st.key !== id && !going.has(st.key) && st.deleted !== true && typeof st.order === 'string',
    )
    .sort((x, y) => ((x.order as string) < (y.order as string) ? -1 : 1));
  const own = rawRecords(doc, 'stages').find(([key]) => key === id)?.[1] as { order?: unknown } | undefined;
  const order = typeof own?.order === 'string' ? own.order : '';
  const neighbour = live.filter((st) => (st.order as string) < order).at(-1) ?? live[0];
  return { deleted: true, fallbackStageId: neighbour?.key };
}
