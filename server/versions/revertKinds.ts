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
  readonly tombstone: { readonly field: string; readonly with: readonly string[] } | null;
  /** Fields holding another record's id: the preview names that record ("Buy", not "stage_x1"). */
  readonly refs: Readonly<Record<string, RefCollection>>;
}

type RefCollection = 'stages' | 'lanes' | 'touchpoints';

/**
 * The collections a revert undoes. Meta (the map's header and facilitation) and votes are not in it:
 * they are not records a person's revert takes back. Field labels are an interim table that gives
 * way to `model/history/diffFields.ts` once it lands, so the preview and the compare view say the
 * same words.
 */
export const REVERT_KINDS = {
  stages: {
    kind: 'stage',
    title: (r) => r.name,
    tombstone: { field: 'deleted', with: ['fallbackStageId'] },
    refs: { fallbackStageId: 'stages' },
  },
  lanes: { kind: 'lane', title: (r) => r.label, tombstone: null, refs: {} },
  touchpoints: {
    kind: 'touchpoint',
    title: (r) => r.title,
    tombstone: null,
    refs: { stageId: 'stages', laneId: 'lanes' },
  },
  connections: {
    kind: 'connection',
    title: (r) => r.label,
    tombstone: null,
    refs: { from: 'touchpoints', to: 'touchpoints' },
  },
  notes: {
    kind: 'note',
    title: (r) => r.text,
    tombstone: null,
    refs: { stageId: 'stages', touchpointId: 'touchpoints' },
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

const FIELD_LABELS: Record<RevertCollection, Readonly<Record<string, string>>> = {
  stages: { name: 'Name', order: 'Position', deleted: 'Deleted', fallbackStageId: 'Cards moved to' },
  lanes: { kind: 'Kind', label: 'Label', order: 'Position', visible: 'Shown' },
  touchpoints: {
    title: 'Title',
    stageId: 'Stage',
    laneId: 'Lane',
    order: 'Position',
    channel: 'Channel',
    owner: 'Owner',
    description: 'Description',
    emotion: 'Emotion',
    hub: 'Hub',
    voc: 'Customer data',
    locked: 'Locked',
    emotionSource: 'Emotion source',
  },
  connections: { from: 'From', to: 'To', label: 'Label', volume: 'Volume' },
  notes: {
    kind: 'Kind',
    stageId: 'Stage',
    touchpointId: 'Card',
    text: 'Text',
    cxArea: 'CX area',
    order: 'Position',
    locked: 'Locked',
    whys: 'Whys',
    owner: 'Owner',
  },
};

/** A field's label for people; the field's own name for one the table does not know (a newer client's). */
export function fieldLabel(collection: RevertCollection, field: string): string {
  const labels = FIELD_LABELS[collection];
  return Object.hasOwn(labels, field) ? labels[field]! : field;
}

/**
 * A field's value as the preview shows it: a referenced record by its title (`titleOf`), '' for
 * empty, whys one per line, structured data as JSON.
 */
export function displayValue(
  collection: RevertCollection,
  field: string,
  value: unknown,
  titleOf: (collection: RevertCollection, id: string) => string,
): string {
  const refs = (REVERT_KINDS[collection] as RevertKindTraits).refs;
  if (typeof value === 'string' && Object.hasOwn(refs, field)) return titleOf(refs[field]!, value);
  return plainDisplay(value);
}

function plainDisplay(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('\n');
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
