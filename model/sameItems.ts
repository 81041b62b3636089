/**
 * The same objects in the same order. Layout and canvas hand back their previous list when this
 * holds, so React (and React Flow) see no change after an edit that touched nothing in it.
 */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
