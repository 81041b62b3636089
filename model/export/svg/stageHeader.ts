import type { JourneyMap } from '../../journeyMap';
import { GRID, type GridLayout } from '../../layout';
import { wrapText, type WrappedText } from './wrapText';

/** How a stage's header is drawn in the export: its number, then its name over as many lines as it needs. */
export const STAGE_HEADER = {
  name: { size: 15, bold: true },
  /** The first line's baseline, and baseline to baseline. */
  top: 41,
  step: 19,
  /** About 6 lines hold a stage name's 120 characters in the narrowest column. */
  maxLines: 6,
} as const;

const nameRoom = (columnWidth: number) => columnWidth - 6 - 52;

/** Each stage's name wrapped to its column, in column order. */
export function stageNameLines(map: JourneyMap, layout: GridLayout): WrappedText[] {
  return layout.columns.map((c, i) =>
    wrapText(
      map.stages[i]?.name.trim() || 'Untitled stage',
      nameRoom(c.width),
      STAGE_HEADER.name,
      STAGE_HEADER.maxLines,
    ),
  );
}

/** How much taller than the canvas's the stage header row must be for the longest name. */
export function stageHeaderExtra(names: readonly WrappedText[]): number {
  const most = names.reduce((n, w) => Math.max(n, w.lines.length), 1);
  return (most - 1) * STAGE_HEADER.step;
}

/** The stage header row's height in a layout: the lanes start under it. */
export function stageHeaderHeight(layout: GridLayout): number {
  return layout.rows[0]?.y ?? GRID.stageHeaderHeight;
}
