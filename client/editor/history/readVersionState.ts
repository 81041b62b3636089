import * as Y from 'yjs';
import { readMap, type JourneyMap } from '../../../model';

/**
 * A version's map from its Yjs state (`GET …/versions/:v/state`): applied to a fresh Y.Doc and read
 * by `readMap`, exactly like the live map, so the preview has the same shapes, the same validation
 * (bad records skipped) and the same layout. Null when the bytes are no Yjs update at all.
 */
export function readVersionState(state: Uint8Array): JourneyMap | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readMap(doc).map;
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}
