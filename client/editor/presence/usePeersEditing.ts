import { useShallow } from 'zustand/react/shallow';
import type { PresenceUser } from './awarenessState';
import { usePresenceState } from './usePresence';

/** The people typing in one side-panel field of one record (`recordId` 'map' for the map's own). */
export function usePeersEditing(recordId: string, field: string): readonly PresenceUser[] {
  return usePresenceState(
    useShallow((s) => {
      const users: PresenceUser[] = [];
      for (const p of s.peers) {
        const on = p.editing?.id === recordId && p.editing.field === field;
        if (on && !users.some((u) => u.id === p.user.id)) users.push(p.user);
      }
      return users;
    }),
  );
}
