import { useShallow } from 'zustand/react/shallow';
import type { PresenceUser } from './awarenessState';
import { usePresenceState } from './usePresence';

/**
 * The people who have a record selected, are editing it or dragging it, once each (its ring). Users keep their identity
 * while their cursor moves, so a card re-renders only when its ring changes.
 */
export function usePeersOn(id: string): readonly PresenceUser[] {
  return usePresenceState(
    useShallow((s) => {
      const users: PresenceUser[] = [];
      for (const p of s.peers) {
        const on = p.selection?.id === id || p.editing?.id === id || !!p.drag?.cards.some((c) => c.id === id);
        if (on && !users.some((u) => u.id === p.user.id)) users.push(p.user);
      }
      return users;
    }),
  );
}

/**
 * Of those, the people whose name goes on this card's tag: who selected or edits it, and who drags
 * it — on the first card of their drag only, so a group in the air carries one name, not twenty.
 */
export function usePeersNamedOn(id: string): readonly PresenceUser[] {
  return usePresenceState(
    useShallow((s) => {
      const users: PresenceUser[] = [];
      for (const p of s.peers) {
        const on = p.selection?.id === id || p.editing?.id === id || p.drag?.cards[0]?.id === id;
        if (on && !users.some((u) => u.id === p.user.id)) users.push(p.user);
      }
      return users;
    }),
  );
}
