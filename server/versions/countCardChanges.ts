import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { readMap, sameJson, type JourneyMap } from '../../model';
import type { ChangeCounts } from '../../model/history/historyTypes';

/** How a version's change counts are computed: the map state before (null: none) and after. */
export type CountChanges = (before: Uint8Array | null, after: Uint8Array) => ChangeCounts;

/**
 * The interim change count of a version against the one before it: touchpoints and notes added,
 * removed, and changed (same id, other content), by id through `readMap`. The model's `diffMaps`
 * (model/history/mapDiff.ts) replaces it when the pieces of issue 17 are merged; it is injected into
 * the version taker, so the swap touches only startServer.
 */
export const countCardChanges: CountChanges = (before, after) => {
  const was = before ? cardsOfState(before) : new Map<string, unknown>();
  const now = cardsOfState(after);
  let added = 0;
  let changed = 0;
  for (const [id, card] of now) {
    const old = was.get(id);
    if (old === undefined) added += 1;
    else if (!sameJson(old, card)) changed += 1;
  }
  let removed = 0;
  for (const id of was.keys()) if (!now.has(id)) removed += 1;
  return { added, removed, changed };
};

/**
 * The cards of the last two states read, by content hash: a version's "before" is the previous
 * version's "after", so each take loads one state instead of two (loading is most of the cost:
 * ~250 ms for a 2,000-card map with a long history, bench/versions.bench.ts).
 */
const recent = new Map<string, Map<string, unknown>>();

function cardsOfState(state: Uint8Array): Map<string, unknown> {
  const key = createHash('sha256').update(state).digest('hex');
  const known = recent.get(key);
  if (known) return known;
  const cards = cardsOf(mapOfState(state));
  recent.set(key, cards);
  while (recent.size > 2) recent.delete(recent.keys().next().value!);
  return cards;
}

function mapOfState(state: Uint8Array): JourneyMap {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    return readMap(doc).map;
  } finally {
    doc.destroy();
  }
}

/** Touchpoints and notes by id (ids are random across kinds, so one map holds both). */
function cardsOf(map: JourneyMap): Map<string, unknown> {
  return new Map<string, unknown>([
    ...map.touchpoints.map((t) => [`t:${t.id}`, t] as const),
    ...map.notes.map((n) => [`n:${n.id}`, n] as const),
  ]);
}
