import type { JourneyMap } from '../journeyMap';
import { METRIC_KIND_TRAITS, METRIC_KINDS, type MetricKind } from '../records/metric';
import { cellText, headerKey, sheetRowNumber, type SheetTable } from '../sheet/sheetTable';
import {
  metricInputSchema,
  planMetrics,
  touchpointResolver,
  verbatimInputSchema,
  type MetricInput,
  type MetricsInputError,
  type MetricsPlan,
  type VerbatimInput,
} from './metricsInput';
import { isoDay } from './series';

/** The columns a metrics CSV can map, in the order the upload dialog lists them. */
export const METRICS_CSV_FIELDS = [
  'touchpoint',
  'kind',
  'name',
  'value',
  'sample',
  'source',
  'date',
  'verbatim',
] as const;
export type MetricsCsvField = (typeof METRICS_CSV_FIELDS)[number];

export const METRICS_CSV_FIELD_LABELS: Record<MetricsCsvField, string> = {
  touchpoint: 'Touchpoint (id or title)',
  kind: 'Metric (NPS, CSAT, CES or a custom name)',
  name: 'Custom metric name',
  value: 'Value',
  sample: 'Sample size',
  source: 'Source',
  date: 'Date (YYYY-MM-DD)',
  verbatim: 'Verbatim',
};

/** Header names each field is guessed from (compared with `headerKey`). */
const GUESSES: Record<MetricsCsvField, readonly string[]> = {
  touchpoint: ['touchpoint', 'touchpointid', 'card', 'id', 'title'],
  kind: ['kind', 'metric', 'type', 'measure'],
  name: ['name', 'metricname'],
  value: ['value', 'score'],
  sample: ['sample', 'samplesize', 'n', 'responses', 'answers'],
  source: ['source', 'tool', 'survey'],
  date: ['date', 'day', 'period', 'measuredon'],
  verbatim: ['verbatim', 'comment', 'quote', 'feedback'],
};

/**
 * Which column (index) feeds each field; absent = none. `kind` may instead be fixed for the whole
 * file (`fixedKind`: a CSAT export has no "metric" column). A kind column's cell names NPS / CSAT /
 * CES, or anything else = a custom metric of that name.
 */
export interface MetricsCsvMapping {
  readonly columns: Partial<Record<MetricsCsvField, number>>;
  readonly fixedKind?: MetricKind;
}

export function guessMetricsCsvMapping(headers: readonly string[]): MetricsCsvMapping {
  const keys = headers.map(headerKey);
  const columns: Partial<Record<MetricsCsvField, number>> = {};
  const used = new Set<number>();
  for (const field of METRICS_CSV_FIELDS) {
    const i = keys.findIndex((k, idx) => !used.has(idx) && GUESSES[field].includes(k));
    if (i >= 0) {
      columns[field] = i;
      used.add(i);
    }
  }
  if (columns.kind === undefined) {
    // A column named after a kind ("CSAT") is that kind's values.
    for (const kind of METRIC_KINDS) {
      const i = keys.indexOf(kind);
      if (i >= 0 && columns.value === undefined && !used.has(i))
        return { columns: { ...columns, value: i }, fixedKind: kind };
    }
  }
  return { columns };
}

/** One data row as the preview shows it. */
export interface MetricsCsvRow {
  /** The spreadsheet's row number (header = 1). */
  readonly row: number;
  readonly touchpointId?: string;
  readonly kind?: MetricKind;
  readonly name?: string;
  readonly value?: number;
  readonly date?: string;
  readonly verbatim?: string;
  /** What is wrong with it (the import writes nothing while any row has one). */
  readonly error?: string;
}

export interface MetricsCsvPlan extends MetricsPlan {
  readonly rows: readonly MetricsCsvRow[];
}

/**
 * Reads a metrics CSV with a mapping into the same plan a push makes (`planMetrics`), with a
 * per-row preview. Any bad row (unknown card, value off its scale, bad date) is an error, named by
 * its spreadsheet row, and then nothing is written.
 */
export function planMetricsCsv(
  map: JourneyMap,
  table: SheetTable,
  mapping: MetricsCsvMapping,
  now: number = Date.now(),
): MetricsCsvPlan {
  const { columns } = mapping;
  const errors: MetricsInputError[] = [];
  if (columns.touchpoint === undefined) errors.push({ path: 'columns', message: 'No column for Touchpoint' });
  if (columns.value === undefined && columns.verbatim === undefined)
    errors.push({ path: 'columns', message: 'No column for Value (or Verbatim)' });
  if (errors.length > 0) return { points: [], verbatims: [], errors, rows: [] };
  const ids = new Set(map.touchpoints.map((t) => t.id));
  const cell = (r: readonly string[], f: MetricsCsvField) =>
    columns[f] === undefined ? '' : cellText(r[columns[f]]);
  const points: Array<{ input: MetricInput; row: number }> = [];
  const verbatims: Array<{ input: VerbatimInput; row: number }> = [];
  const rowErrors = new Map<number, string>();
  table.rows.forEach((r, index) => {
    const row = sheetRowNumber(index);
    const ref = cell(r, 'touchpoint');
    const card = ids.has(ref) ? { touchpointId: ref } : { touchpoint: ref || undefined };
    const valueText = cell(r, 'value');
    const verbatim = cell(r, 'verbatim');
    if (valueText === '' && verbatim === '') return;
    if (valueText !== '') {
      const kindCell = cell(r, 'kind');
      const known = METRIC_KINDS.find(
        (k) => k !== 'custom' && headerKey(METRIC_KIND_TRAITS[k].label) === headerKey(kindCell),
      );
      const kind: MetricKind = mapping.fixedKind ?? known ?? 'custom';
      const name = cell(r, 'name') || (kind === 'custom' && !known ? kindCell : '');
      const raw = {
        ...card,
        kind,
        ...(name ? { name } : {}),
        value: parseNumber(valueText),
        ...(cell(r, 'sample') ? { sample: parseNumber(cell(r, 'sample')) } : {}),
        ...(cell(r, 'source') ? { source: cell(r, 'source') } : {}),
        ...(cell(r, 'date') ? { date: cell(r, 'date') } : {}),
      };
      const parsed = metricInputSchema.safeParse(raw);
      if (parsed.success) points.push({ input: parsed.data, row });
      else rowErrors.set(row, describe(parsed.error.issues[0]));
    }
    if (verbatim !== '') {
      const parsed = verbatimInputSchema.safeParse({ ...card, text: verbatim });
      if (parsed.success) verbatims.push({ input: parsed.data, row });
      else rowErrors.set(row, describe(parsed.error.issues[0]));
    }
  });
  const plan = planMetrics(
    map,
    { points: points.map((p) => p.input), verbatims: verbatims.map((v) => v.input) },
    now,
  );
  // planMetrics names items by index: turn those into spreadsheet rows.
  for (const e of plan.errors) {
    const m = /^(points|verbatims)\[(\d+)\]/.exec(e.path);
    const list = m?.[1] === 'points' ? points : verbatims;
    const row = m ? list[Number(m[2])]?.row : undefined;
    if (row !== undefined && !rowErrors.has(row)) rowErrors.set(row, e.message);
  }
  const byRow = new Map<number, MetricsCsvRow>();
  const resolve = touchpointResolver(map);
  const today = isoDay(now);
  for (const { input, row } of points) {
    const card = resolve(input);
    byRow.set(row, {
      row,
      ...('id' in card ? { touchpointId: card.id } : {}),
      kind: input.kind,
      ...(input.name !== undefined ? { name: input.name } : {}),
      value: input.value,
      date: input.date ?? today,
    });
  }
  for (const { input, row } of verbatims) byRow.set(row, { ...byRow.get(row), row, verbatim: input.text });
  for (const [row, error] of rowErrors) byRow.set(row, { ...byRow.get(row), row, error });
  const rows = [...byRow.values()].sort((a, b) => a.row - b.row);
  const allErrors = [...rowErrors]
    .sort(([a], [b]) => a - b)
    .map(([row, message]) => ({ path: `row ${row}`, message }));
  return allErrors.length > 0
    ? { points: [], verbatims: [], errors: allErrors, rows }
    : { points: plan.points, verbatims: plan.verbatims, errors: [], rows };
}

/** "4,2" (a European spreadsheet) and "4.2" are both 4.2; anything else is NaN (an error). */
function parseNumber(text: string): number {
  const normal = text.replace(/\s/g, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

function describe(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'invalid row';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
