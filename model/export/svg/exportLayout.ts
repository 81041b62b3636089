import { hubFiguresLabels } from '../../programme/ledgerLabels';
import type { JourneyMap } from '../../journeyMap';
import { layoutMap, type CardLayout, type GridLayout, type RowLayout } from '../../layout';
import { cardText, type CardText } from './cardText';
import { noteText, type NoteText } from './noteText';
import { linkedTitles } from './renderNotes';
import { laneNameLines } from './laneHeader';
import type { GridNames } from './renderGrid';
import { stageHeaderExtra, stageNameLines } from './stageHeader';

export interface ExportLayout {
  /** The canvas's grid, with the lanes whose cards need more room for their text made taller. */
  readonly layout: GridLayout;
  /** Each card's text as laid out for the export (drawn by renderTouchpoints). */
  readonly texts: ReadonlyMap<string, CardText>;
  /** The stages' names wrapped to their columns and the lanes' to the label column (renderGrid). */
  readonly names: GridNames;
  /** Each note's text as laid out for the export (drawn by renderNotes). */
  readonly noteTexts: ReadonlyMap<string, NoteText>;
  /** Some stage's, card's or note's text was too long even for a grown card (past the line caps) and ends in "…". */
  readonly cut: boolean;
}

/**
 * The export's grid: the canvas's (layoutMap: same columns, lanes, slots and order), except that a
 * card lane grows as much as its most wordy card needs to show its whole title and owner, and a
 * notes lane as much as its longest note needs. Every card (note) of the lane grows by the same
 * amount, so a row stays aligned. On screen a card keeps its size and the full text is a hover
 * away; on paper there is no hover. The stage header row grows for the longest stage name. Pure.
 */
export function exportLayout(map: JourneyMap): ExportLayout {
  const base = layoutMap(map);
  const texts = new Map<string, CardText>();
  const figures = hubFiguresLabels(map);
  const extra = new Map<string, number>();
  let cut = false;
  for (const tp of map.touchpoints) {
    const rect = base.cards.get(tp.id);
    if (!rect) continue;
    const laid = cardText(tp, rect.width, rect.hub, rect.hub ? (figures.get(tp.id) ?? '') : '');
    texts.set(tp.id, laid);
    cut ||= laid.cut;
    const more = laid.minHeight - rect.height;
    if (more > (extra.get(tp.laneId) ?? 0)) extra.set(tp.laneId, more);
  }
  const noteTexts = new Map<string, NoteText>();
  const linked = linkedTitles(map);
  for (const note of map.notes) {
    const rect = base.notes.get(note.id);
    const lane = rect && base.rows.find((r) => rect.y >= r.y && rect.y < r.y + r.height)?.laneId;
    if (!rect || !lane) continue;
    const laid = noteText(note, rect.width, linked.has(note.id));
    noteTexts.set(note.id, laid);
    cut ||= laid.cut;
    const more = laid.minHeight - rect.height;
    if (more > (extra.get(lane) ?? 0)) extra.set(lane, more);
  }
  const stages = stageNameLines(map, base);
  const layout = growLanes(base, extra, stageHeaderExtra(stages));
  const lanes = laneNameLines(layout);
  cut ||= [...stages, ...lanes].some((n) => n.cut);
  return { layout, texts, noteTexts, names: { stages, lanes }, cut };
}

/**
 * `layout` with each lane in `extra` taller: every row of slots in it by `extra` px, each card in
 * it by as much (in its place in its row of slots), and everything below moved down. Lanes not in
 * `extra` keep their height; their cards, notes and curve points only move down. `header`: how
 * much taller the stage header row is; every lane moves down by it.
 */
export function growLanes(layout: GridLayout, extra: ReadonlyMap<string, number>, header = 0): GridLayout {
  if (extra.size === 0 && header === 0) return layout;
  const shift = new Map<string, number>();
  const rows: RowLayout[] = [];
  let added = header;
  for (const row of layout.rows) {
    const more = extra.get(row.laneId) ?? 0;
    shift.set(row.laneId, added);
    rows.push({ ...row, y: row.y + added, height: row.height + more * row.slotRows });
    added += more * row.slotRows;
  }
  if (added === 0) return layout;
  const height = layout.height + added;
  // Which lane each card and note sits in, from where it stands: rows do not overlap.
  const rowAt = (r: CardLayout) => layout.rows.findIndex((row) => r.y >= row.y && r.y < row.y + row.height);
  const move = (r: CardLayout): CardLayout => {
    const i = rowAt(r);
    const before = layout.rows[i];
    if (!before) return r;
    const more = extra.get(before.laneId) ?? 0;
    const pitch = before.height / before.slotRows;
    const line = Math.floor((r.y - before.y) / pitch);
    return { ...r, y: r.y + (shift.get(before.laneId) ?? 0) + line * more, height: r.height + more };
  };
  const mapRects = (m: ReadonlyMap<string, CardLayout>) => new Map([...m].map(([id, r]) => [id, move(r)]));
  const rowOfY = (y: number) => layout.rows.find((row) => y >= row.y && y <= row.y + row.height);
  return {
    width: layout.width,
    height,
    columns: layout.columns.map((c) => ({ ...c, height })),
    rows,
    cards: mapRects(layout.cards),
    notes: mapRects(layout.notes),
    curve: layout.curve.map((p) => {
      const row = rowOfY(p.y);
      return row ? { ...p, y: p.y + (shift.get(row.laneId) ?? 0) } : p;
    }),
  };
}
