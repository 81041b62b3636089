import { useCallback } from 'react';
import { useConnection, type IsValidConnection } from '@xyflow/react';
import { canRoute } from '../../../../model';
import { useSession } from '../../EditorContext';

/**
 * What a card shows while a route is being dragged over it: 'valid' (letting go connects to it),
 * 'refused' (the route already exists), or nothing (no drag, not over this card, or over the card
 * the route starts from). Each card selects only its own answer, so a pointer move re-renders the
 * one or two cards whose answer changed.
 */
export function useRouteDrop(id: string): 'valid' | 'refused' | undefined {
  return useConnection((c) => {
    if (!c.inProgress || c.toNode?.id !== id || c.fromNode.id === id) return undefined;
    return c.isValid ? 'valid' : 'refused';
  });
}

/**
 * React Flow's check for a card's handles: a route needs two different cards with no route between
 * them in that direction yet. Read from the store at the moment it is asked, so no card re-renders
 * when routes change.
 */
export function useCanRoute(): IsValidConnection {
  const { store } = useSession();
  return useCallback(
    (c) => {
      const map = store.getState().map;
      return !!map && canRoute(map, c.source, c.target);
    },
    [store],
  );
}
