import type { ReactFlowState } from '@xyflow/react';
import { GRID } from '../../../model';

/**
 * The stage names pinned over the top of the canvas (PinnedStageHeaders) when the real headers
 * cannot be read: scrolled off the top, or drawn so small that their 14 px names are under 7 px
 * (a fitted 120-card map is at about 0.16).
 */
export const PINNED_STAGES = {
  /** Below this zoom the headers' names are too small to read. */
  belowZoom: 0.5,
  /** The bar's height on screen, px (two lines of a 12 px name). */
  height: 36,
} as const;

/** The view as the pinned bar needs it, or '' when the real headers can be read (a string, so a selector re-renders only on change). */
export function pinnedView(s: ReactFlowState): string {
  const [tx, ty, zoom] = s.transform;
  const nameLineOffTop = ty + (GRID.stageHeaderHeight * zoom) / 2 < 0;
  return zoom < PINNED_STAGES.belowZoom || nameLineOffTop ? `${tx}:${zoom}:${s.width}` : '';
}

/** Where the map's top goes at `zoom` after Fit: under the pinned bar when it shows, so the bar hides only the tiny headers. */
export function fittedTop(zoom: number): number {
  return zoom < PINNED_STAGES.belowZoom ? PINNED_STAGES.height + 2 - GRID.stageHeaderHeight * zoom : 16;
}
