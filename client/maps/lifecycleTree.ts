/** What the lifecycle tree needs of a listed map. */
export interface LinkedMap {
  readonly id: string;
  /** Maps this one links (its stages' and touchpoints' child maps), as the maps list says. */
  readonly childMapIds?: readonly string[];
}

/** One place of a map in the tree; a map with several parents has a node under each. */
export interface LifecycleNode<M extends LinkedMap> {
  readonly map: M;
  readonly children: readonly LifecycleNode<M>[];
  /** The map is already an ancestor here (a cycle): shown, not expanded again. */
  readonly cycle: boolean;
}

/** Most nodes a tree holds: a map under many parents is repeated, so a dense graph is capped. */
export const MAX_LIFECYCLE_NODES = 2000;

/**
 * The listed maps as a tree by parent (linked journeys, issue 21). Roots are the maps no listed map
 * links (orphans included), in list order; a map with several parents appears under each; links
 * to maps not listed (deleted, not visible) are left out; a cycle shows the repeated map once as
 * a leaf marked `cycle`, and maps only reachable through a cycle become roots of their own, so
 * every listed map appears at least once and nothing loops.
 */
export function lifecycleTree<M extends LinkedMap>(maps: readonly M[]): LifecycleNode<M>[] {
  const byId = new Map(maps.map((m) => [m.id, m]));
  const childrenOf = (m: M): M[] =>
    [...new Set(m.childMapIds ?? [])]
      .filter((id) => id !== m.id)
      .map((id) => byId.get(id))
      .filter((c): c is M => c !== undefined);
  const hasParent = new Set(maps.flatMap((m) => childrenOf(m).map((c) => c.id)));
  const placed = new Set<string>();
  let budget = MAX_LIFECYCLE_NODES;

  const grow = (map: M, path: ReadonlySet<string>): LifecycleNode<M> => {
    budget--;
    placed.add(map.id);
    if (path.has(map.id)) return { map, children: [], cycle: true };
    const inner = new Set(path).add(map.id);
    const children: LifecycleNode<M>[] = [];
    for (const child of childrenOf(map)) {
      if (budget <= 0) break;
      children.push(grow(child, inner));
    }
    return { map, children, cycle: false };
  };

  const roots: LifecycleNode<M>[] = [];
  for (const m of maps) if (!hasParent.has(m.id) && budget > 0) roots.push(grow(m, new Set()));
  // Maps every one of whose parents lies on a cycle: none is a root above, so start one there.
  for (const m of maps) if (!placed.has(m.id) && budget > 0) roots.push(grow(m, new Set()));
  return roots;
}
