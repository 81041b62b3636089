import type { JourneyMap } from '../../model/journeyMap';
import {
  CONNECTION_FIELDS,
  LANE_FIELDS,
  NOTE_FIELDS,
  STAGE_FIELDS,
  TOUCHPOINT_FIELDS,
  type FieldTable,
} from '../../model/history';
import { REVERT_KINDS, type RevertCollection, type RevertKindTraits } from './revertKinds';

/**
 * How the revert preview labels and shows a field: with the compare view's field tables
 * (`model/history/diffFields.ts`), so both say "Channel: Phone → Web" in the same words. Those
 * tables leave out what people do not compare (a card's place in its cell, locks, a stage's
 * tombstone); a revert still puts those back, so they get a label here.
 */
interface KindFields {
  /** The compare view's table for the kind, and where its typed records are in a snapshot. */
  readonly show: (map: JourneyMap, id: string, field: string, value: unknown) => string | undefined;
  readonly label: (field: string) => string | undefined;
  /** Fields the compare view does not list. */
  readonly others: Readonly<Record<string, string>>;
}

function kindFields<R extends { readonly id: string }>(
  records: (map: JourneyMap) => readonly R[],
  table: FieldTable<R>,
  others: Readonly<Record<string, string>>,
): KindFields {
  return {
    others,
    label: (field) => (Object.hasOwn(table, field) ? table[field]!.label : undefined),
    show(map, id, field, value) {
      const rec = records(map).find((r) => r.id === id);
      if (!rec || !Object.hasOwn(table, field)) return undefined;
      try {
        // The record as it is now with this one field as asked: `show` reads typed records only.
        return table[field]!.show({ ...rec, [field]: value }, map);
      } catch {
        // A value the tables do not know (a hostile or newer writer's): shown plainly instead.
        return undefined;
      }
    },
  };
}

const FIELDS: Record<RevertCollection, KindFields> = {
  stages: kindFields((m) => m.stages, STAGE_FIELDS, {
    order: 'Position',
    deleted: 'Deleted',
    fallbackStageId: 'Cards moved to',
  }),
  lanes: kindFields((m) => m.lanes, LANE_FIELDS, { kind: 'Kind', order: 'Position' }),
  touchpoints: kindFields((m) => m.touchpoints, TOUCHPOINT_FIELDS, {
    order: 'Position',
    voc: 'Customer data',
    locked: 'Locked',
    emotionSource: 'Emotion source',
  }),
  connections: kindFields((m) => m.connections, CONNECTION_FIELDS, { from: 'From', to: 'To' }),
  notes: kindFields((m) => m.notes, NOTE_FIELDS, { order: 'Position', locked: 'Locked' }),
};

/** A field's label for people; the field's own name for one nobody labels (a newer client's). */
export function fieldLabel(collection: RevertCollection, field: string): string {
  const kind = FIELDS[collection];
  return kind.label(field) ?? (Object.hasOwn(kind.others, field) ? kind.others[field]! : field);
}

/** What showing a value may look up: the map now, and a record's title by id (tombstones too). */
export interface ShowContext {
  readonly map: () => JourneyMap;
  readonly titleOf: (collection: RevertCollection, id: string) => string;
}

/**
 * A field's value as the preview shows it: a referenced record by its title, else as the compare
 * view shows it, else plainly ('' for empty, whys one per line, structured data as JSON).
 */
export function showValue(
  collection: RevertCollection,
  id: string,
  field: string,
  value: unknown,
  ctx: ShowContext,
): string {
  const refs = (REVERT_KINDS[collection] as RevertKindTraits).refs;
  if (typeof value === 'string' && Object.hasOwn(refs, field)) return ctx.titleOf(refs[field]!, value);
  return FIELDS[collection].show(ctx.map(), id, field, value) ?? plainValue(value);
}

function plainValue(value: unknown): string {
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
