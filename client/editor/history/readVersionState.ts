import type { JourneyMap } from '../../../model';
import { mapOfState } from '../../../model/history';

/**
 * A version's map from its Yjs state (`GET …/versions/:v/state`): migrated and read by `readMap`
 * (mapOfState), exactly like the live map, so the preview has the same shapes, the same validation
 * (bad records skipped) and the same layout. Null when the bytes are no Yjs update at all, or come
 * from a newer Journey.
 */
export function readVersionState(state: Uint8Array): JourneyMap | null {
  try {
    return mapOfState(state);
  } catch {
    return null;
  }
}
