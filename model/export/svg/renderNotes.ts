import type { JourneyMap } from '../../journeyMap';
import type { CardLayout, GridLayout } from '../../layout';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS, type Note } from '../../records/note';
import { THEME } from './exportTheme';
import { NOTE_STEP, NOTE_TEXT, NOTE_TOP, noteText, type NoteText } from './noteText';
import { el, escapeXml, text } from './svgMarkup';
import { textWidth, truncate } from './textMetrics';

const META = { size: 10.5 } as const;
const TAG = { size: 10.5, bold: true } as const;

/**
 * Pain points (red) and opportunities (green) as sticky notes, with their CX area and linked
 * touchpoint. The text wraps whole (exportLayout grows the notes' lane for it). `texts`: the notes'
 * text as laid out already (exportLayout), worked out here if not given.
 */
export function renderNotes(
  map: JourneyMap,
  layout: GridLayout,
  texts?: ReadonlyMap<string, NoteText>,
): string {
  const titles = linkedTitles(map);
  let out = '';
  for (const note of map.notes) {
    const rect = layout.notes.get(note.id);
    if (!rect) continue;
    const linked = titles.get(note.id);
    const laid = texts?.get(note.id) ?? noteText(note, rect.width, linked !== undefined);
    out += noteCard(note, rect, laid, linked);
  }
  return out;
}

/** The title of the card each linked note points at (a link to a card not on the map shows none). */
export function linkedTitles(map: JourneyMap): ReadonlyMap<string, string> {
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title]));
  const out = new Map<string, string>();
  for (const n of map.notes) {
    const title = n.touchpointId ? titles.get(n.touchpointId) : undefined;
    if (title !== undefined) out.set(n.id, title);
  }
  return out;
}

function noteCard(note: Note, r: CardLayout, laid: NoteText, linkedTitle: string | undefined): string {
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
  if (laid.cut) out += `<title>${escapeXml(note.text.trim())}</title>`;
  laid.lines.forEach((line, i) => {
    out += text(line, {
      x: x + 10,
      y: y + NOTE_TOP + i * NOTE_STEP,
      'font-size': NOTE_TEXT.size,
      fill: THEME.text,
    });
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
