import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { CHANNEL_TRAITS } from '../records/channel';

export const CSV_COLUMNS = [
  'Stage',
  'Lane',
  'Title',
  'Channel',
  'Owner',
  'Emotion',
  'Hub',
  'NPS',
  'CSAT',
] as const;

/**
 * Touchpoints as CSV for spreadsheets (RFC 4180: comma-separated, CRLF line ends, fields quoted
 * when they hold a comma, quote or line break, quotes doubled), one row per card in map order.
 * Text a person typed that starts with = + - @ is prefixed with ' so a spreadsheet shows it instead
 * of running it as a formula (CSV injection); numbers are written as numbers.
 */
export function mapToCsv(map: JourneyMap): string {
  const stageName = new Map(map.stages.map((s) => [s.id, s.name]));
  const laneLabel = new Map(map.lanes.map((l) => [l.id, l.label]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const tp of map.touchpoints) {
    rows.push([
      safeText(stageName.get(tp.stageId) ?? ''),
      safeText(laneLabel.get(tp.laneId) ?? ''),
      safeText(tp.title),
      CHANNEL_TRAITS[tp.channel].label,
      safeText(tp.owner),
      String(tp.emotion),
      isHub(tp) ? 'yes' : 'no',
      tp.voc?.nps === undefined ? '' : String(tp.voc.nps),
      tp.voc?.csat === undefined ? '' : String(tp.voc.csat),
    ]);
  }
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
