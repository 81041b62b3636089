import { CSV_LIST_SEPARATOR } from '../export/csvTable';
import type { JourneyMap } from '../journeyMap';
import { connectionId } from '../records/connection';
import {
  CX_AREA_LABELS,
  CX_AREAS,
  NOTE_KIND_TRAITS,
  NOTE_KINDS,
  WHY_MAX_LENGTH,
  WHYS_MAX,
} from '../records/note';
import type { CxArea, Note, NoteKind } from '../records/note';
import { numberIn, oneOf, text, type Parsed } from './cellParsers';
import type { PlannedRow } from './planSheetImport';
import type { createPlaces, StagePlace } from './sheetPlaces';
import { cellText, headerKey, sheetRowNumber, type SheetTable } from './sheetTable';

/** A note the import adds (no id) or changes. */
export interface NoteWrite {
  readonly id?: string;
  readonly kind: NoteKind;
  readonly stage: StagePlace;
  readonly move: boolean;
  /** Its card, by id: a card of the map, or the Id cell of a new row of the Touchpoints sheet. */
  readonly cardRef?: string;
  readonly edit: { text?: string; owner?: string; cxArea?: CxArea; whys?: string[] };
}

/** A route the import adds or changes, its ends named as in `NoteWrite.cardRef`. */
export interface RouteWrite {
  readonly from: string;
  readonly to: string;
  readonly label?: string;
  readonly volume?: number;
}

/** The plan for the Notes or the Routes sheet: like the touchpoints', with fixed columns. */
export interface ExtraPlan<W> {
  readonly sheet: string;
  readonly rows: readonly PlannedRow<W>[];
  readonly missing: readonly string[];
  readonly writes: readonly W[];
}

type Places = ReturnType<typeof createPlaces>;
interface Column<V> {
  readonly header: string;
  readonly required?: boolean;
  readonly parse: (t: string) => Parsed<V>;
}

const KIND_NAMES = Object.fromEntries(NOTE_KINDS.map((k) => [k, [NOTE_KIND_TRAITS[k].label]])) as Record<
  NoteKind,
  string[]
>;
const CX_NAMES = Object.fromEntries(CX_AREAS.map((a) => [a, [CX_AREA_LABELS[a]]])) as Record<
  CxArea,
  string[]
>;
const list = (t: string) =>
  t === ''
    ? []
    : t
        .split(CSV_LIST_SEPARATOR.trim())
        .map((v) => v.trim())
        .filter(Boolean);

/** The Notes export's columns (model/export/mapCsv.ts) that an import reads. */
const NOTE_COLUMNS = {
  id: { header: 'Id', parse: text(64) },
  kind: { header: 'Kind', required: true, parse: oneOf('pain point or opportunity', KIND_NAMES) },
  stage: { header: 'Stage', required: true, parse: text(120) },
  card: { header: 'Card id', parse: text(64) },
  text: { header: 'Text', required: true, parse: text(2000) },
  owner: { header: 'Owner', parse: text(120) },
  cxArea: { header: 'CX area', parse: oneOf('a CX area', CX_NAMES) },
  whys: {
    header: 'Whys',
    parse: (t: string): Parsed<string[]> => {
      const whys = list(t);
      if (whys.length > WHYS_MAX)
        return { ok: false, problem: `has ${whys.length} whys; at most ${WHYS_MAX} fit` };
      return whys.some((w) => w.length > WHY_MAX_LENGTH)
        ? { ok: false, problem: `a why is longer than ${WHY_MAX_LENGTH} characters` }
        : { ok: true, value: whys };
    },
  },
} satisfies Record<string, Column<unknown>>;

/** The Routes export's columns that an import reads (titles are for people; ids name the ends). */
const ROUTE_COLUMNS = {
  fromTitle: { header: 'From', parse: text(200) },
  toTitle: { header: 'To', parse: text(200) },
  from: { header: 'From id', required: true, parse: text(64) },
  to: { header: 'To id', required: true, parse: text(64) },
  label: { header: 'Reason', parse: text(200) },
  volume: { header: 'Volume per month', parse: numberIn(0, 1e12, true) },
} satisfies Record<string, Column<unknown>>;

type Values<C> = { [K in keyof C]?: C[K] extends Column<infer V> ? V : never };

/** Reads a sheet through fixed columns: per row its values, or its problems by row and column. */
function readRows<C extends Record<string, Column<unknown>>>(table: SheetTable, columns: C) {
  const keys = table.headers.map(headerKey);
  const index = Object.fromEntries(
    Object.entries(columns).map(([k, c]) => [k, keys.indexOf(headerKey(c.header))]),
  ) as Record<keyof C, number>;
  const missing = Object.entries(columns)
    .filter(([k, c]) => c.required && index[k as keyof C] < 0)
    .map(([, c]) => `${table.name}: no column for ${c.header}`);
  const rows = table.rows.map((cells, i) => {
    const row = sheetRowNumber(i);
    const values: Record<string, unknown> = {};
    const problems: string[] = [];
    for (const [k, c] of Object.entries(columns)) {
      const at = index[k as keyof C];
      if (at < 0) continue;
      const t = cellText(cells[at]);
      if (c.required && t === '') problems.push(`${table.name} row ${row}, ${c.header}: the cell is empty`);
      const parsed = c.parse(t);
      if (parsed.ok) values[k] = parsed.value;
      else problems.push(`${table.name} row ${row}, ${c.header}: ${parsed.problem}`);
    }
    return { row, values: values as Values<C>, problems };
  });
  return { missing, rows };
}

const skip = <W>(row: number, title: string, stage: string, problems: string[]): PlannedRow<W> => ({
  row,
  action: 'skip',
  title,
  stage,
  problems,
  changes: [],
});

/**
 * Plans the Notes sheet: rows matched to notes by id (text, owner, CX area, whys and stage update),
 * other rows become notes; stages by name (new ones shared with the touchpoints), cards by id.
 */
export function planNotes(
  map: JourneyMap,
  table: SheetTable,
  places: Places,
  isCard: (ref: string) => boolean,
  /** Where `isCard` looks, for the error: "this map" for a Notes file on its own. */
  cardsIn = 'this map or the sheet',
): ExtraPlan<NoteWrite> {
  const { missing, rows: read } = readRows(table, NOTE_COLUMNS);
  const notes = new Map(map.notes.map((n) => [n.id, n]));
  const rows = read.map(({ row, values: v, problems }): PlannedRow<NoteWrite> => {
    const title = v.text ?? '';
    const stageName = v.stage ?? '';
    if (v.card && !isCard(v.card))
      problems.push(`${table.name} row ${row}, Card id: '${v.card}' is no card of ${cardsIn}`);
    if (problems.length > 0 || missing.length > 0 || !v.kind) return skip(row, title, stageName, problems);
    const stage = places.stage(stageName);
    const note = v.id ? notes.get(v.id) : undefined;
    const kind = note?.kind ?? v.kind;
    const edit = noteEdit(kind, v);
    const write: NoteWrite = { kind, stage, cardRef: v.card || undefined, move: false, edit };
    if (!note) return { row, action: 'new', title, stage: stageName, problems, changes: [], write };
    const changes = noteChanges(note, write);
    const move = 'newName' in stage || stage.id !== note.stageId;
    if (move) changes.unshift('place');
    const update = { ...write, id: note.id, move, edit: pick(edit, changes) };
    return changes.length > 0
      ? { row, action: 'update', title, stage: stageName, problems, changes, write: update }
      : { row, action: 'unchanged', title, stage: stageName, problems, changes };
  });
  return { sheet: table.name, rows, missing, writes: writesOf(rows, missing) };
}

function noteEdit(kind: NoteKind, v: Values<typeof NOTE_COLUMNS>): NoteWrite['edit'] {
  const traits = NOTE_KIND_TRAITS[kind];
  return {
    text: v.text,
    ...(v.owner !== undefined && { owner: v.owner || undefined }),
    ...(traits.actionable && v.cxArea !== undefined && { cxArea: v.cxArea }),
    // An emptied Whys cell clears them (absent, as a note that never had any).
    ...(traits.hasWhys && v.whys !== undefined && { whys: v.whys.length > 0 ? v.whys : undefined }),
  };
}

/** The note's fields the row changes ("text", "owner", "CX area", "whys", "card"). */
function noteChanges(note: Note, w: NoteWrite): string[] {
  const changes: string[] = [];
  if (w.edit.text !== undefined && w.edit.text !== note.text) changes.push('text');
  if ('owner' in w.edit && (w.edit.owner ?? '') !== (note.owner ?? '')) changes.push('owner');
  if (w.edit.cxArea !== undefined && w.edit.cxArea !== note.cxArea) changes.push('CX area');
  if ('whys' in w.edit && (w.edit.whys ?? []).join('\n') !== (note.whys ?? []).join('\n'))
    changes.push('whys');
  if ((w.cardRef ?? '') !== (note.touchpointId ?? '')) changes.push('card');
  return changes;
}

const FIELD_OF: Record<string, keyof NoteWrite['edit']> = {
  text: 'text',
  owner: 'owner',
  'CX area': 'cxArea',
  whys: 'whys',
};
function pick(edit: NoteWrite['edit'], changes: readonly string[]): NoteWrite['edit'] {
  const out: Record<string, unknown> = {};
  for (const c of changes) if (FIELD_OF[c]) out[FIELD_OF[c]] = edit[FIELD_OF[c]];
  return out;
}

/**
 * Plans the Routes sheet: a route is its two ends (a card of the map or a new row's id), so a row
 * whose ends are already connected updates the reason and volume, and any other row adds the route.
 */
export function planRoutes(
  map: JourneyMap,
  table: SheetTable,
  isCard: (ref: string) => boolean,
  cardsIn = 'this map or the sheet',
): ExtraPlan<RouteWrite> {
  const { missing, rows: read } = readRows(table, ROUTE_COLUMNS);
  const routes = new Map(map.connections.map((c) => [connectionId(c.from, c.to), c]));
  const rows = read.map(({ row, values: v, problems }): PlannedRow<RouteWrite> => {
    const title = `${v.fromTitle || v.from || ''} → ${v.toTitle || v.to || ''}`;
    for (const end of ['from', 'to'] as const)
      if (v[end] && !isCard(v[end]))
        problems.push(
          `${table.name} row ${row}, ${ROUTE_COLUMNS[end].header}: '${v[end]}' is no card of ${cardsIn}`,
        );
    if (v.from && v.from === v.to)
      problems.push(`${table.name} row ${row}, To id: a route cannot end where it starts`);
    if (problems.length > 0 || missing.length > 0 || !v.from || !v.to) return skip(row, title, '', problems);
    const write: RouteWrite = { from: v.from, to: v.to, label: v.label || undefined, volume: v.volume };
    const route = routes.get(connectionId(v.from, v.to));
    if (!route) return { row, action: 'new', title, stage: '', problems, changes: [], write };
    const changes = [
      ...((route.label ?? '') !== (write.label ?? '') ? ['reason'] : []),
      ...(route.volume !== write.volume ? ['volume'] : []),
    ];
    return changes.length > 0
      ? { row, action: 'update', title, stage: '', problems, changes, write }
      : { row, action: 'unchanged', title, stage: '', problems, changes };
  });
  return { sheet: table.name, rows, missing, writes: writesOf(rows, missing) };
}

function writesOf<W>(rows: readonly PlannedRow<W>[], missing: readonly string[]): W[] {
  return missing.length > 0 ? [] : rows.flatMap((r) => (r.write ? [r.write] : []));
}
