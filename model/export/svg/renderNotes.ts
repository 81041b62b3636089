import type { JourneyMap } from '../../journeyMap';
import type { CardLayout, GridLayout } from '../../layout';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS, type Note } from '../../records/note';
import { THEME } from './exportTheme';
import { el, text } from './svgMarkup';
import { textWidth, truncate, wrapLines } from './textMetrics';

const NOTE_TEXT = { size: 12.5 } as const;
const META = { size: 10.5 } as const;
const TAG = { size: 10.5, bold: true } as const;

/** Pain points (red) and opportunities (green) as sticky notes, with their CX area and linked touchpoint. */
export function renderNotes(map: JourneyMap, layout: GridLayout): string {
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  let out = '';
  for (const note of map.notes) {
    const rect = layout.notes.get(note.id);
    if (rect) out += noteCard(note, rect, note.touchpointId ? titles.get(note.touchpointId) : undefined);
  }
  return out;
}

function noteCard(note: Note, r: CardLayout, linkedTitle: string | undefined): string {
  const { x, y, width: w, height: h } = r;
  const traits = NOTE_KIND_TRAITS[note.kind];
  let out = el('rect', {
    x,
    y: y + 1.5,
    width: w,
    height: h,
    rx: 5,
    fill: THEME.shadow,
    'fill-opacity': 0.07,
  });
  out += el('rect', {
    x,
    y,
    width: w,
    height: h,
    rx: 5,
    fill: traits.colors.fill,
    stroke: traits.colors.border,
  });
  const hasMeta = Boolean(note.cxArea || linkedTitle);
  const fallback = traits.label;
  const lines = wrapLines(note.text.trim() || fallback, w - 20, NOTE_TEXT, hasMeta ? 2 : 3);
  lines.forEach((line, i) => {
    out += text(line, { x: x + 10, y: y + 20 + i * 16.5, 'font-size': NOTE_TEXT.size, fill: THEME.text });
  });
  let mx = x + 10;
  const my = y + h - 10;
  if (note.cxArea) {
    const tag = CX_AREA_LABELS[note.cxArea];
    const tw = textWidth(tag, TAG) + 12;
    out += el('rect', { x: mx, y: my - 11, width: tw, height: 15, rx: 7.5, fill: THEME.tagFill });
    out += text(tag, { x: mx + 6, y: my, 'font-size': TAG.size, 'font-weight': 'bold', fill: THEME.tagText });
    mx += tw + 6;
  }
  if (linkedTitle !== undefined) {
    // A hooked arrow (as the canvas's ↳), drawn: the glyph is missing from PDF's standard fonts.
    out += el('path', {
      d: `M${mx + 1} ${my - 9}v5.5h6.5m-2.5-2.5 2.5 2.5-2.5 2.5`,
      fill: 'none',
      stroke: THEME.muted,
      'stroke-width': 1.2,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
    const room = x + w - 10 - (mx + 12);
    out += text(truncate(linkedTitle.trim() || 'Untitled touchpoint', room, META), {
      x: mx + 12,
      y: my,
      'font-size': META.size,
      fill: THEME.muted,
    });
  }
  return el('g', { 'data-kind': note.kind, 'data-id': note.id }, out);
}
