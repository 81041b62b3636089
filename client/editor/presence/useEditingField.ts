import { useEffect, useMemo, useRef } from 'react';
import { usePresence } from './usePresence';

/**
 * Focus handlers for a side-panel field: while it has focus, everyone sees "<name> is editing…"
 * under the same field. Cleared on blur, and on unmount (a panel can vanish with focus inside).
 */
export function useEditingField(field: string): { onFocus: () => void; onBlur: () => void } {
  const presence = usePresence();
  const focused = useRef(false);
  useEffect(
    () => () => {
      if (focused.current) presence.setEditingField(null);
    },
    [presence],
  );
  return useMemo(
    () => ({
      onFocus: () => {
        focused.current = true;
        presence.setEditingField(field);
      },
      onBlur: () => {
        focused.current = false;
        presence.setEditingField(null);
      },
    }),
    [presence, field],
  );
}
