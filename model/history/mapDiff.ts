import { sameJson } from '../identity';
import type { JourneyMap } from '../journeyMap';
import {
  ACTION_FIELDS,
  CONNECTION_FIELDS,
  LANE_FIELDS,
  MAP_INFO_FIELDS,
  NOTE_FIELDS,
  STAGE_FIELDS,
  TOUCHPOINT_FIELDS,
  connectionTitle,
  laneName,
  type FieldTable,
} from './diffFields';
import type { ChangeCounts, DiffKind, FieldChange, MapDiff, RecordChange } from './historyTypes';

/** What the diff needs to know about one record kind: where its records are and how to name them. */
interface KindTraits<R extends { readonly id: string }> {
  readonly records: (map: JourneyMap) => readonly R[];
  readonly title: (record: R, map: JourneyMap) => string;
  /** The stage a card or note sits in; null for kinds that span the map. */
  readonly stageId: (record: R) => string | null;
  readonly fields: FieldTable<R>;
  /** Counted in `ChangeCounts` (cards and notes: what people call "the content"). */
  readonly counted: boolean;
}

type KindDiffer = {
  readonly counted: boolean;
  readonly diff: (before: JourneyMap, after: JourneyMap) => RecordChange[];
};

/** The field changes of one record, in the table's order; the table decides what counts. */
export function fieldChanges<R>(
  fields: FieldTable<R>,
  before: R,
  beforeMap: JourneyMap,
  after: R,
  afterMap: JourneyMap,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, trait] of Object.entries(fields)) {
    const b = trait.value(before);
    const a = trait.value(after);
    // Most fields are strings and numbers: no JSON needed to compare them.
    if (b === a || sameJson(b, a)) continue;
    out.push({
      field,
      label: trait.label,
      before: trait.show(before, beforeMap),
      after: trait.show(after, afterMap),
    });
  }
  return out;
}

/** Binds one kind's traits into a differ, so the table below can hold kinds of different record types. */
function kindDiffer<R extends { readonly id: string }>(kind: DiffKind, t: KindTraits<R>): KindDiffer {
  return {
    counted: t.counted,
    diff(before, after) {
      const old = new Map(t.records(before).map((r) => [r.id, r]));
      const live = new Set<string>();
      const out: RecordChange[] = [];
      for (const rec of t.records(after)) {
        live.add(rec.id);
        const prev = old.get(rec.id);
        // readMap keeps an unchanged record's object, so two snapshots of one doc share most of them.
        if (prev === rec) continue;
        const fields = prev ? fieldChanges(t.fields, prev, before, rec, after) : [];
        if (prev && fields.length === 0) continue;
        out.push({
          kind,
          id: rec.id,
          title: t.title(rec, after),
          stageId: t.stageId(rec),
          change: prev ? 'changed' : 'added',
          fields,
        });
      }
      for (const rec of t.records(before)) {
        if (live.has(rec.id)) continue;
        out.push({
          kind,
          id: rec.id,
          title: t.title(rec, before),
          stageId: t.stageId(rec),
          change: 'removed',
          fields: [],
        });
      }
      return out;
    },
  };
}

/** One row per kind, in the order the compare view lists them. */
const DIFF_KINDS: Readonly<Record<DiffKind, KindDiffer>> = {
  stage: kindDiffer('stage', {
    records: (m) => m.stages,
    title: (s) => s.name,
    stageId: () => null,
    fields: STAGE_FIELDS,
    counted: false,
  }),
  lane: kindDiffer('lane', {
    records: (m) => m.lanes,
    title: (l) => laneName(l),
    stageId: () => null,
    fields: LANE_FIELDS,
    counted: false,
  }),
  touchpoint: kindDiffer('touchpoint', {
    records: (m) => m.touchpoints,
    title: (t) => t.title,
    stageId: (t) => t.stageId,
    fields: TOUCHPOINT_FIELDS,
    counted: true,
  }),
  note: kindDiffer('note', {
    records: (m) => m.notes,
    title: (n) => n.text,
    stageId: (n) => n.stageId,
    fields: NOTE_FIELDS,
    counted: true,
  }),
  connection: kindDiffer('connection', {
    records: (m) => m.connections,
    title: connectionTitle,
    stageId: () => null,
    fields: CONNECTION_FIELDS,
    counted: false,
  }),
  // Follow-up counts as content: "3 changes" after someone closed two actions and added one.
  action: kindDiffer('action', {
    records: (m) => m.actions,
    title: (a) => a.title,
    stageId: () => null,
    fields: ACTION_FIELDS,
    counted: true,
  }),
};

/**
 * What changed from one snapshot of a map to another, by record id: records added, removed and
 * changed (with each changed field as people read it, old → new), and the map info that changed.
 * Moving a card or note inside its cell, or a stage or lane in the order, is not a change (see
 * `diffFields.ts`); moving one to another stage or lane is. Within a kind, added and changed records
 * come in the later snapshot's order, removed ones after them in the earlier snapshot's order.
 * Pure: the history list counts, the compare view lists and the readout groups the same result.
 */
export function diffMaps(before: JourneyMap, after: JourneyMap): MapDiff {
  const changes: RecordChange[] = [];
  const counts = { added: 0, removed: 0, changed: 0 } satisfies Record<keyof ChangeCounts, number>;
  for (const differ of Object.values(DIFF_KINDS)) {
    const found = differ.diff(before, after);
    changes.push(...found);
    if (differ.counted) for (const c of found) counts[c.change] += 1;
  }
  return {
    changes,
    info: fieldChanges(MAP_INFO_FIELDS, before.info, before, after.info, after),
    counts,
  };
}
