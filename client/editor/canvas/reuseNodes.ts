/**
 * Keeps previous node objects whose content is unchanged (xyflow skips identical nodes). The order is
 * the snapshot's, so the DOM follows the map's reading order (stage headers, then cards in place):
 * with big maps culled to the view, a peer's move rarely reorders the few cards in the DOM. With
 * nothing changed the previous array itself is returned.
 */
export function reuseNodes<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
  const byId = new Map(prev.map((n) => [n.id, n]));
  let same = prev.length === next.length;
  const out = next.map((n, i) => {
    const old = byId.get(n.id);
    const kept = old === n || (old && shallowNodeEqual(old, n)) ? old : old ? keepEqualParts(old, n) : n;
    same &&= kept === prev[i];
    return kept;
  });
  return same ? (prev as T[]) : out;
}

/**
 * A changed node whose nested objects (`data`, `measured`…) are shallowly equal to the old ones keeps
 * those objects: a card that only moved keeps its `data`, so its memoised component skips rendering.
 */
function keepEqualParts<T extends object>(old: T, next: T): T {
  const out = { ...next } as Record<string, unknown>;
  const before = old as Record<string, unknown>;
  for (const k of Object.keys(out)) {
    const a = before[k];
    const b = out[k];
    if (
      a !== b &&
      typeof a === 'object' &&
      a !== null &&
      typeof b === 'object' &&
      b !== null &&
      shallowEqualObj(a, b)
    )
      out[k] = a;
  }
  return out as T;
}

function shallowNodeEqual(a: object, b: object): boolean {
  // for…in and counting instead of Object.keys: called for every node on every map change.
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    const va = ra[k];
    const vb = rb[k];
    if (va === vb) continue;
    if (
      typeof va === 'object' &&
      va !== null &&
      typeof vb === 'object' &&
      vb !== null &&
      shallowEqualObj(va, vb)
    )
      continue;
    return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}

function shallowEqualObj(a: object, b: object): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const k in ra) {
    count++;
    if (ra[k] !== rb[k]) return false;
  }
  for (const _ in rb) count--;
  return count === 0;
}
