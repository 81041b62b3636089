import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { readMap, type JourneyMap } from '../../model';
import { diffMaps, mapOfState } from '../../model/history';
import type { ChangeCounts } from '../../model/history/historyTypes';

/** How a version's change counts are computed: the map state before (null: none) and after. */
export type CountChanges = (before: Uint8Array | null, after: Uint8Array) => ChangeCounts;

/**
 * A version's change counts against the one before it: cards and notes added, removed and changed,
 * exactly as the compare view counts them (`diffMaps`, so a reorder inside a cell is no change).
 * Injected into the version taker (startServer), so tests may count otherwise.
 */
export const countCardChanges: CountChanges = (before, after) =>
  diffMaps(before ? cachedMapOf(before) : emptyMap(), cachedMapOf(after)).counts;

/**
 * The maps of the last two states read, by content hash: a version's "before" is the previous
 * version's "after", so each take loads one state instead of two (loading is most of the cost:
 * ~250 ms for a 2,000-card map with a long history, bench/versions.bench.ts).
 */
const recent = new Map<string, JourneyMap>();

function cachedMapOf(state: Uint8Array): JourneyMap {
  const key = createHash('sha256').update(state).digest('hex');
  const known = recent.get(key);
  if (known) return known;
  const map = mapOfState(state);
  recent.set(key, map);
  while (recent.size > 2) recent.delete(recent.keys().next().value!);
  return map;
}

/** What a map with no version before it is compared with: nothing at all (not even migrated). */
function emptyMap(): JourneyMap {
  const doc = new Y.Doc();
  try {
    return readMap(doc).map;
  } finally {
    doc.destroy();
  }
}
