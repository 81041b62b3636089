import { useEffect } from 'react';
import { togglePanelCollapsed } from './panelCollapsed';
import { isPanelShortcut } from './panelShortcut';

/** Listens for the panel's shortcut (see panelShortcut.ts); for every role, since it changes no map. */
export function usePanelShortcut(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isPanelShortcut(e) || document.querySelector('[role="dialog"]')) return;
      e.preventDefault();
      togglePanelCollapsed();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
