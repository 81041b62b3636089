import type { JourneyMap } from '../journeyMap';
import type { Touchpoint, Voc } from '../records/touchpoint';
import type { TouchpointEdit } from '../commands/touchpoints';
import { mergeVoc } from '../commands/vocPatch';
import { missingColumns, type ColumnMapping } from './guessMapping';
import { cellText, sheetRowNumber, type SheetTable } from './sheetTable';
import { planNotes, planRoutes, type ExtraPlan, type NoteWrite, type RouteWrite } from './planSheetExtras';
import { createPlaces, type StagePlace } from './sheetPlaces';
import {
  TOUCHPOINT_FIELD_TRAITS,
  TOUCHPOINT_FIELDS,
  type TouchpointField,
  type TouchpointValues,
} from './touchpointFields';

/** What a row will do: change a card (matched by id), add one, nothing (same values), or be skipped. */
export type RowAction = 'update' | 'new' | 'unchanged' | 'skip';

/** One touchpoint write the import command performs (model/commands/applySheetImport.ts). */
export interface TouchpointWrite {
  /** The card to change; absent = a new card. */
  readonly id?: string;
  /** A new row's Id cell: what the Notes and Routes sheets call the card it becomes. */
  readonly sheetId?: string;
  readonly stage: StagePlace;
  /** A card lane; absent = keep (update) or the first Touchpoints lane (new). */
  readonly laneId?: string;
  /** The card moves to another stage or lane (update only). */
  readonly move: boolean;
  /** The row's Order cell: where the card goes among the file's other cards of its cell. */
  readonly order?: string;
  /** The Order cell differs from the card's own (update only): it is placed again by it. */
  readonly reorder?: boolean;
  /** The fields to write. */
  readonly edit: TouchpointEdit;
}

export interface PlannedRow<W = TouchpointWrite> {
  /** The row's number in the spreadsheet (the header is row 1). */
  readonly row: number;
  readonly action: RowAction;
  /** What the preview names the row by. */
  readonly title: string;
  readonly stage: string;
  /** What is wrong, each "Row 7, Emotion: 'very sad' is not a number from −2 to 2". */
  readonly problems: readonly string[];
  /** The fields an update changes, by label. */
  readonly changes: readonly string[];
  readonly write?: W;
}

export interface SheetImportPlan {
  readonly rows: readonly PlannedRow[];
  /** Blocks the whole import: "No column for Stage". */
  readonly missing: readonly string[];
  /** Stage names no stage has: the import adds them, in this order, after the map's stages. */
  readonly newStages: readonly string[];
  readonly counts: Readonly<Record<RowAction, number>>;
  /** What the command writes: the rows with something to do. Empty when blocked. */
  readonly writes: readonly TouchpointWrite[];
  /** The Notes and Routes sheets, when the file has them (a workbook from our export). */
  readonly notes?: ExtraPlan<NoteWrite>;
  readonly routes?: ExtraPlan<RouteWrite>;
}

/** Sheets read with fixed columns besides the touchpoints (our workbook's Notes and Routes). */
export interface ExtraSheets {
  readonly notes?: SheetTable;
  readonly routes?: SheetTable;
}

type Cells = Partial<{ [F in TouchpointField]: TouchpointValues[F] }>;

/**
 * Plans a spreadsheet import into `map` without writing anything: reads each row through the
 * mapping, names every bad cell by row and column, matches rows to cards by id (so a round trip
 * updates instead of duplicating), and finds stages and lanes by name. A row with a problem is
 * skipped; a missing required column blocks everything.
 */
export function planSheetImport(
  map: JourneyMap,
  table: SheetTable,
  mapping: ColumnMapping,
  extras: ExtraSheets = {},
): SheetImportPlan {
  const missing = missingColumns(mapping).map((f) => `No column for ${TOUCHPOINT_FIELD_TRAITS[f].label}`);
  const places = createPlaces(map);
  const cards = new Map(map.touchpoints.map((t) => [t.id, t]));
  const seenIds = new Map<string, number>();
  const rows = table.rows.map((cells, index): PlannedRow => {
    const row = sheetRowNumber(index);
    const problems: string[] = [];
    const values: Cells = {};
    for (const field of TOUCHPOINT_FIELDS) {
      const column = mapping[field];
      if (column === null) continue;
      const traits = TOUCHPOINT_FIELD_TRAITS[field];
      const parsed = traits.parse(cellText(cells[column]));
      if (parsed.ok) (values as Record<string, unknown>)[field] = parsed.value;
      else problems.push(`Row ${row}, ${traits.label}: ${parsed.problem}`);
    }
    const say = (field: TouchpointField, problem: string) =>
      problems.push(`Row ${row}, ${TOUCHPOINT_FIELD_TRAITS[field].label}: ${problem}`);
    if (mapping.stage !== null && values.stage === '') say('stage', 'the cell is empty');
    if (mapping.title !== null && values.title === '') say('title', 'the cell is empty');
    const id = values.id ?? '';
    const firstRow = seenIds.get(id);
    if (id && firstRow !== undefined) say('id', `'${id}' repeats row ${firstRow}`);
    else if (id) seenIds.set(id, row);
    const card = id ? cards.get(id) : undefined;
    const laneId = values.lane ? places.lane(values.lane) : undefined;
    if (laneId && 'problem' in laneId) say('lane', laneId.problem);
    const stageName = values.stage ?? '';
    if (stageName && !places.stageId(stageName) && map.facilitation.structureLocked)
      say('stage', `'${stageName}' is not a stage of this map, and the stages are locked`);
    const base = { row, title: values.title ?? card?.title ?? '', stage: stageName };
    if (problems.length > 0 || missing.length > 0) return { ...base, action: 'skip', problems, changes: [] };
    const stage = places.stage(stageName);
    const lane = laneId && 'id' in laneId ? laneId.id : undefined;
    if (!card) {
      const write = {
        sheetId: id || undefined,
        stage,
        laneId: lane,
        move: false,
        order: values.order || undefined,
        edit: newCardEdit(values),
      };
      return { ...base, action: 'new', problems, changes: [], write };
    }
    const move =
      'newName' in stage || stage.id !== card.stageId || (lane !== undefined && lane !== card.laneId);
    const reorder = !!values.order && values.order !== card.order;
    if ((move || reorder) && card.locked)
      return {
        ...base,
        action: 'skip',
        changes: [],
        problems: [`Row ${row}, Stage: “${card.title}” is locked by the facilitator and cannot move`],
      };
    const { edit, changes } = cardChanges(card, values);
    if (move || reorder) changes.unshift(move ? 'place' : 'order');
    const write = { id: card.id, stage, laneId: lane, move, order: values.order || undefined, reorder, edit };
    return changes.length > 0
      ? { ...base, action: 'update', problems, changes, write }
      : { ...base, action: 'unchanged', problems, changes };
  });
  const counts = countActions(rows);
  if (missing.length > 0) return { rows, missing, newStages: [], counts, writes: [] };
  const writes = rows.flatMap((r) => (r.write ? [r.write] : []));
  // Notes and routes name cards by id: the map's, or a new row's Id cell.
  const refs = new Set([...cards.keys(), ...writes.flatMap((w) => (w.sheetId ? [w.sheetId] : []))]);
  const isCard = (ref: string) => refs.has(ref);
  const notes = extras.notes && planNotes(map, extras.notes, places, isCard);
  const routes = extras.routes && planRoutes(map, extras.routes, isCard);
  return { rows, missing, newStages: places.newStages(), counts, writes, notes, routes };
}

/** A new card's fields: what the row gives (absent ones take the card defaults). */
function newCardEdit(v: Cells): TouchpointEdit {
  const voc = mergeVoc(undefined, vocPatch(v));
  return dropUndefined({
    title: v.title,
    channel: v.channel,
    owner: v.owner,
    description: v.description,
    emotion: v.emotion,
    emotionSource: v.emotionSource,
    hub: v.hub,
    voc,
  });
}

/** The fields a row changes on an existing card, and their labels for the preview. */
function cardChanges(card: Touchpoint, v: Cells): { edit: TouchpointEdit; changes: string[] } {
  const edit: TouchpointEdit = {};
  const changes: string[] = [];
  const plain = ['title', 'channel', 'owner', 'emotion', 'description', 'hub'] as const;
  for (const field of plain) {
    const value = v[field];
    if (value !== undefined && value !== card[field]) {
      Object.assign(edit, { [field]: value });
      changes.push(TOUCHPOINT_FIELD_TRAITS[field].label.toLowerCase());
    }
  }
  if (v.emotionSource !== undefined && v.emotionSource !== (card.emotionSource ?? 'manual')) {
    edit.emotionSource = v.emotionSource;
    changes.push('emotion source');
  }
  const patch = vocPatch(v);
  if (Object.keys(patch).length > 0) {
    const voc = mergeVoc(card.voc, patch);
    if (!sameVoc(voc, card.voc)) {
      edit.voc = voc;
      changes.push('VoC');
    }
  }
  return { edit, changes };
}

/** The VoC figures the sheet has columns for (an empty cell clears its figure). */
function vocPatch(v: Cells): Partial<Voc> {
  const fields = (['nps', 'csat', 'sampleSize', 'verbatims'] as const).filter((f) => f in v);
  return Object.fromEntries(fields.map((f) => [f, v[f]]));
}

function sameVoc(a: Voc | undefined, b: Voc | undefined): boolean {
  return (
    a?.nps === b?.nps &&
    a?.csat === b?.csat &&
    a?.sampleSize === b?.sampleSize &&
    (a?.verbatims ?? []).join('\n') === (b?.verbatims ?? []).join('\n')
  );
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Every write a plan makes: card rows, then notes and routes. */
export function planWriteCount(plan: SheetImportPlan): number {
  return plan.writes.length + (plan.notes?.writes.length ?? 0) + (plan.routes?.writes.length ?? 0);
}

/** How many rows of a sheet will do what. */
export function countActions(rows: readonly { readonly action: RowAction }[]): Record<RowAction, number> {
  const counts = { update: 0, new: 0, unchanged: 0, skip: 0 };
  for (const r of rows) counts[r.action]++;
  return counts;
}
