import type { DiffKind } from '../../model/history/historyTypes';

/**
 * How a revert plan names what it touches: the record kinds it knows (the diff's kinds, so the
 * preview reads like "Compare with now"), a title per record and a label per field. Interim table:
 * it gives way to the field labels of `model/history/mapDiff.ts` once that lands, so the preview and
 * the compare view say the same words.
 */

/** The collections a revert undoes, and the diff kind each one is. Meta and votes are not content a person's revert touches. */
export const REVERT_KINDS = {
  stages: 'stage',
  lanes: 'lane',
  touchpoints: 'touchpoint',
  connections: 'connection',
  notes: 'note',
} as const satisfies Record<string, DiffKind>;

export type RevertCollection = keyof typeof REVERT_KINDS;

/** A collection name read from a doc event is one a revert knows. */
export function isRevertCollection(name: string): name is RevertCollection {
  return Object.hasOwn(REVERT_KINDS, name);
}

type PlainRecord = Readonly<Record<string, unknown>>;

/** What people call a record: the title, text or name they typed; its id when it has none. */
const TITLE_OF: Record<RevertCollection, (rec: PlainRecord) => unknown> = {
  stages: (r) => r.name,
  lanes: (r) => r.label,
  touchpoints: (r) => r.title,
  connections: (r) => r.label,
  notes: (r) => r.text,
};

export function recordTitle(collection: RevertCollection, id: string, rec: PlainRecord | undefined): string {
  const title = rec ? TITLE_OF[collection](rec) : undefined;
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

/** A field's value as the preview shows it: '' for empty, whys one per line, structured data as JSON. */
export function displayValue(value: unknown): string {
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
