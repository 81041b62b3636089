import type { JourneyMap } from '../journeyMap';
import { ACTION_STATUS_TRAITS, type Action } from '../records/action';
import { METRIC_KIND_TRAITS, type MetricPoint } from '../records/metric';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS } from '../records/note';
import { safeList, safeText, type CsvColumn } from './csvTable';
import type { Names } from './mapCsv';

const num = (n: number | undefined) => (n === undefined ? '' : String(n));
const day = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

/**
 * Every action, one row each, with the note that holds it and the touchpoints it addresses (titles
 * joined like every list cell). Overdue is left to the reader's filter on Due: a file has no "today".
 */
export const ACTION_COLUMNS = (n: Names, map: JourneyMap): readonly CsvColumn<Action>[] => {
  const notes = new Map(map.notes.map((note) => [note.id, note]));
  return [
    { header: 'Id', cell: (a) => a.id },
    { header: 'Title', cell: (a) => safeText(a.title) },
    { header: 'Status', cell: (a) => ACTION_STATUS_TRAITS[a.status].label },
    { header: 'Owner', cell: (a) => safeText(a.owner ?? '') },
    { header: 'Due', cell: (a) => a.due ?? '' },
    { header: 'CX area', cell: (a) => (a.cxArea ? CX_AREA_LABELS[a.cxArea] : '') },
    { header: 'Value', cell: (a) => num(a.value), numeric: true },
    { header: 'Effort', cell: (a) => num(a.effort), numeric: true },
    { header: 'Link', cell: (a) => safeText(a.link ?? '') },
    {
      header: 'On',
      cell: (a) => {
        const note = notes.get(a.noteId);
        return note ? `${NOTE_KIND_TRAITS[note.kind].label}: ${safeText(note.text)}` : '';
      },
    },
    { header: 'Stage', cell: (a) => n.stage(notes.get(a.noteId)?.stageId ?? '') },
    { header: 'Touchpoints', cell: (a) => safeList((a.touchpointIds ?? []).map((id) => n.card(id))) },
    { header: 'Created', cell: (a) => day(a.createdAt) },
    { header: 'Status changed', cell: (a) => day(a.statusAt) },
    { header: 'Note id', cell: (a) => a.noteId },
  ];
};

/**
 * Every metric point, oldest first, in the columns the metrics CSV import guesses (Touchpoint id,
 * Metric, Value, Sample, Source, Date), so the sheet saved as CSV loads back. A custom metric's
 * Metric cell is its name, as the import reads it.
 */
export const METRIC_COLUMNS = (n: Names): readonly CsvColumn<MetricPoint>[] => [
  { header: 'Touchpoint id', cell: (m) => m.touchpointId },
  { header: 'Card', cell: (m) => n.card(m.touchpointId) },
  {
    header: 'Metric',
    cell: (m) => (m.kind === 'custom' ? safeText(m.name ?? '') : METRIC_KIND_TRAITS[m.kind].label),
  },
  { header: 'Value', cell: (m) => String(m.value), numeric: true },
  { header: 'Sample', cell: (m) => num(m.sample), numeric: true },
  { header: 'Source', cell: (m) => safeText(m.source ?? '') },
  { header: 'Date', cell: (m) => m.date },
];
