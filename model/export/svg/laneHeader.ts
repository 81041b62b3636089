import { GRID, type GridLayout } from '../../layout';
import { isCurveLane } from '../../records/lane';
import { wrapText, type WrappedText } from './wrapText';

/** How a lane's name is drawn in the export's lane-label column. */
export const LANE_HEADER = {
  name: { size: 13, bold: true },
  /** The first line's baseline below the lane's top, and baseline to baseline. */
  top: 26,
  step: 16,
  /** Room kept under the last line. */
  bottom: 8,
} as const;

/**
 * Each lane's name wrapped to the label column, in row order, over as many lines as the lane is
 * tall (5 in the lowest lane: about 100 characters of a name's 120). The emotion lane keeps to two
 * lines, beside its scale.
 */
export function laneNameLines(layout: GridLayout): WrappedText[] {
  return layout.rows.map((r) => {
    const room = Math.floor((r.height - LANE_HEADER.top - LANE_HEADER.bottom) / LANE_HEADER.step) + 1;
    return wrapText(
      r.label.trim() || 'Untitled lane',
      GRID.laneHeaderWidth - 28,
      LANE_HEADER.name,
      isCurveLane(r.kind) ? 2 : Math.max(1, room),
    );
  });
}
