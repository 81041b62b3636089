/**
 * "The map's versions changed" (a save, a restore, an undone restore): the open timeline reloads.
 * Module-level, as the toasts are, because the banner that restores and the panel that lists are
 * siblings with no props between them.
 */
const listeners = new Set<() => void>();

export function notifyVersionsChanged(): void {
  for (const listener of listeners) listener();
}

export function onVersionsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
