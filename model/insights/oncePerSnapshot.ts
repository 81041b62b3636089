import type { JourneyMap } from '../journeyMap';

/**
 * `compute` worked out once per snapshot: snapshots are immutable, so the result is kept beside the
 * snapshot (weakly) and every caller of the same snapshot shares it.
 */
export function oncePerSnapshot<T>(compute: (map: JourneyMap) => T): (map: JourneyMap) => T {
  const results = new WeakMap<JourneyMap, T>();
  return (map) => {
    if (results.has(map)) return results.get(map)!;
    const result = compute(map);
    results.set(map, result);
    return result;
  };
}
