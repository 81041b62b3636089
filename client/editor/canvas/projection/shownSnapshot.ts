import { layoutMap, type GridLayout, type JourneyMap } from '../../../../model';
import type { Highlight, HistoryPreview } from '../../store/editorStore';
import { highlightDiff } from './highlightDiff';
import { marksOf, withRemoved, type CardMarks } from './historyMarks';
import { memoLast } from '../../store/memoLast';

/** The snapshot the canvas draws, its layout, and the cards it marks (null: none). */
export interface ShownSnapshot {
  readonly map: JourneyMap | null;
  readonly layout: GridLayout | null;
  readonly marks: CardMarks | null;
}

/**
 * Which snapshot the canvas shows (History): the live map; a previewed version in its place; or,
 * comparing, the live map with the removed cards put back from the version, and the changes marked.
 * "Changed since the session began" marks the live map. Each step is memoised on its inputs, so a
 * live edit while comparing diffs once (`highlightDiff`) and the live map's own layout is reused.
 * One per canvas, like the projection.
 */
export function createShownSnapshot() {
  const layoutOf = memoLast((map: JourneyMap) => layoutMap(map));
  const merged = memoLast(withRemoved);
  const marked = memoLast(marksOf);
  const result = memoLast(
    (map: JourneyMap | null, layout: GridLayout | null, marks: CardMarks | null): ShownSnapshot => ({
      map,
      layout,
      marks,
    }),
  );
  return (
    live: JourneyMap | null,
    liveLayout: GridLayout | null,
    preview: HistoryPreview | null,
    highlight: Highlight | null,
  ): ShownSnapshot => {
    if (preview && highlight?.kind !== 'compare') return result(preview.map, layoutOf(preview.map), null);
    const diff = live && highlight ? highlightDiff(highlight.base, live) : null;
    if (!live || !diff || !highlight) return result(live, liveLayout, null);
    const marks = marked(diff);
    if (highlight.kind === 'session') return result(live, liveLayout, marks);
    const map = merged(live, highlight.base, diff);
    return result(map, map === live ? liveLayout : layoutOf(map), marks);
  };
}
