import {
  METRIC_KIND_TRAITS,
  type MetricsCsvField,
  METRIC_KINDS,
  type JourneyMap,
  type MetricKind,
  type MetricsCsvMapping,
  type MetricsCsvRow,
} from '../../../model';

/**
 * What the metrics CSV dialog shows, as pure functions of the plan's rows (`planMetricsCsv`): the
 * count line, each row's card and metric in words, and the kind select's choices.
 */
export interface CsvCounts {
  readonly points: number;
  readonly touchpoints: number;
  readonly verbatims: number;
  readonly errorRows: number;
}

export function csvCounts(rows: readonly MetricsCsvRow[]): CsvCounts {
  const good = rows.filter((r) => r.error === undefined);
  const points = good.filter((r) => r.value !== undefined);
  return {
    points: points.length,
    touchpoints: new Set(good.map((r) => r.touchpointId)).size,
    verbatims: good.filter((r) => r.verbatim !== undefined).length,
    errorRows: rows.length - good.length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "42 points for 9 touchpoints · 3 verbatims · 2 rows with errors". */
export function csvCountsLine(c: CsvCounts): string {
  const parts = [`${plural(c.points, 'point')} for ${plural(c.touchpoints, 'touchpoint')}`];
  if (c.verbatims > 0) parts.push(plural(c.verbatims, 'verbatim'));
  if (c.errorRows > 0) parts.push(`${plural(c.errorRows, 'row')} with errors`);
  return parts.join(' · ');
}

/** A row's metric in words: "CSAT", or a custom metric's name. */
export function metricLabel(row: Pick<MetricsCsvRow, 'kind' | 'name'>): string {
  if (row.kind === undefined) return '';
  return row.kind === 'custom' ? (row.name ?? 'Custom') : METRIC_KIND_TRAITS[row.kind].label;
}

/** A row's value as its kind shows it ("+32", "4.2"). */
export function valueText(row: Pick<MetricsCsvRow, 'kind' | 'value'>): string {
  if (row.value === undefined || row.kind === undefined) return '';
  return METRIC_KIND_TRAITS[row.kind].format(row.value);
}

/** The card titles by id, for the preview's "found" column. */
export function cardTitles(map: JourneyMap): ReadonlyMap<string, string> {
  return new Map(map.touchpoints.map((t) => [t.id, t.title || 'Untitled']));
}

/**
 * The metric select's value: a column (`col:3`), one kind for the whole file (`all:csat`: a CSAT
 * export has no metric column), or nothing ('').
 */
export function kindChoice(mapping: MetricsCsvMapping): string {
  if (mapping.fixedKind !== undefined) return `all:${mapping.fixedKind}`;
  const column = mapping.columns.kind;
  return column === undefined ? '' : `col:${column}`;
}

export function withKindChoice(mapping: MetricsCsvMapping, choice: string): MetricsCsvMapping {
  const { kind: _dropped, ...columns } = mapping.columns;
  const [what, value = ''] = choice.split(':');
  if (what === 'col') return { columns: { ...columns, kind: Number(value) } };
  const fixed = METRIC_KINDS.find((k) => k === value);
  return fixed ? { columns, fixedKind: fixed } : { columns };
}

/** The whole-file choices, in the select after the columns. */
export const WHOLE_FILE_KINDS: ReadonlyArray<{ readonly kind: MetricKind; readonly label: string }> =
  METRIC_KINDS.map((kind) => ({
    kind,
    label:
      kind === 'custom'
        ? 'Whole file: a custom metric (named by its column)'
        : `Whole file: ${METRIC_KIND_TRAITS[kind].label}`,
  }));

/** The mapping's labels, short enough for one line beside their select (the model's long ones are tooltips). */
export const FIELD_SHORT_LABELS: Record<MetricsCsvField, string> = {
  touchpoint: 'Touchpoint',
  kind: 'Metric',
  name: 'Custom name',
  value: 'Value',
  sample: 'Sample size',
  source: 'Source',
  date: 'Date',
  verbatim: 'Verbatim',
};
