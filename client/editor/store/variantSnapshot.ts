import { layoutMap, variantOf, type GridLayout, type JourneyMap, type MapVariantView } from '../../../model';
import { memoLast } from './memoLast';

export interface VariantSnapshot {
  readonly map: JourneyMap | null;
  readonly layout: GridLayout | null;
}

/**
 * The live map as the tab's variant view shows it (model/future: current hides added cards, future
 * hides removed ones and draws future emotions, both is the map itself). The live layout is reused
 * when the view changes nothing; otherwise the variant is laid out again, keeping what it can.
 * One per canvas, memoised on its inputs.
 */
export function createVariantSnapshot() {
  let prevLayout: GridLayout | undefined;
  const layoutOf = memoLast((map: JourneyMap) => (prevLayout = layoutMap(map, undefined, prevLayout)));
  const variant = memoLast(variantOf);
  const result = memoLast((map: JourneyMap | null, layout: GridLayout | null): VariantSnapshot => ({
    map,
    layout,
  }));
  return (live: JourneyMap | null, liveLayout: GridLayout | null, view: MapVariantView): VariantSnapshot => {
    if (!live) return result(live, liveLayout);
    const map = variant(live, view);
    return result(map, map === live ? liveLayout : layoutOf(map));
  };
}
