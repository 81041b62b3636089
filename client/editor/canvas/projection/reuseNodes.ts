import { reuseById, reuseNested } from '../../../../model';

/**
 * Keeps previous node (or edge) objects whose content is unchanged (xyflow skips identical nodes);
 * a changed one keeps its equal parts (`data`, `measured`…: reuseNested), so a card that only moved
 * is re-placed, not re-rendered. The order is the snapshot's, so the DOM follows the map's reading
 * order (stage headers, then cards in place): with big maps culled to the view, a peer's move rarely
 * reorders the few cards in the DOM. With nothing changed the previous array itself is returned.
 */
export function reuseNodes<T extends { id: string }>(prev: readonly T[], next: readonly T[]): T[] {
  return reuseById(prev, next, (old, n) => (old === n ? n : reuseNested(old, n))) as T[];
}
