import { isHub, ownership, routesInto, type JourneyMap } from '../../../model';
import type { Selection } from '../store/editorStore';

/** The owner filter's value for "the cards nobody owns". */
export const UNOWNED = '\u0000unowned';

/**
 * What the canvas brings forward: the touchpoints routing into the selected hub (transitively, see
 * routesInto), or one owner's cards. Everything else is dimmed. Null = nothing is dimmed.
 */
export interface CanvasFocus {
  readonly kind: 'route' | 'owner';
  /** The selected hub, for the route view. */
  readonly hubId?: string;
  readonly ids: ReadonlySet<string>;
}

export function canvasFocus(
  map: JourneyMap,
  selection: Selection,
  ownerFilter: string | null,
): CanvasFocus | null {
  if (selection?.kind === 'touchpoint') {
    const tp = map.touchpoints.find((t) => t.id === selection.id);
    if (tp && isHub(tp))
      return { kind: 'route', hubId: tp.id, ids: new Set(routesInto(map, tp.id).touchpointIds) };
  }
  if (ownerFilter !== null) {
    // Grouped as ownership() groups them (trimmed, case-insensitive), so " digital" is Digital's.
    const owned = ownership(map);
    const ids =
      ownerFilter === UNOWNED
        ? owned.unownedIds
        : (owned.owners.find((o) => o.owner.toLocaleLowerCase('en') === ownerFilter.toLocaleLowerCase('en'))
            ?.touchpointIds ?? []);
    return { kind: 'owner', ids: new Set(ids) };
  }
  return null;
}
