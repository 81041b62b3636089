import type { JourneyMap } from '../../../../model';
import { diffMaps } from '../../../../model/history';
import { memoLast } from '../../store/memoLast';

/**
 * What changed from `base` to the live map, memoised on both snapshots: the canvas's marks and the
 * History panel's compare list read the same diff, computed once per live snapshot (an edit makes a
 * new snapshot; a frame, a selection or a panel's render does not).
 */
export const highlightDiff = memoLast((base: JourneyMap, live: JourneyMap) => diffMaps(base, live));
