import { useSyncExternalStore } from 'react';

/**
 * Whether the side panel (the inspector) is folded away, so the canvas gets the whole width: a
 * choice about this screen (a projector, a small laptop), not about the map, so it is remembered in
 * localStorage for every map and never synced. A module-level store, like ui/toasts.ts: the toggle,
 * the shortcut and the layout read it without threading props.
 */
const STORAGE_KEY = 'journey.panelCollapsed';
const listeners = new Set<() => void>();
let collapsed = readStored();

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    return false; // storage unavailable (private mode): the panel starts open
  }
}

export function setPanelCollapsed(next: boolean): void {
  if (next === collapsed) return;
  collapsed = next;
  try {
    if (next) localStorage.setItem(STORAGE_KEY, 'true');
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Not remembered past this page; the panel still folds.
  }
  for (const listener of listeners) listener();
}

export function togglePanelCollapsed(): void {
  setPanelCollapsed(!collapsed);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePanelCollapsed(): boolean {
  return useSyncExternalStore(subscribe, () => collapsed);
}
