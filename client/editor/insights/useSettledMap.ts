import { useEffect, useState } from 'react';
import type { JourneyMap } from '../../../model';
import { useSession } from '../EditorContext';
import type { EditorStore } from '../store/editorStore';

/** How often at most (ms) the panels that summarise the whole map follow it: twice a second. */
export const SETTLE_MS = 500;

/**
 * The map for views that summarise all of it (summary, hubs, owners): it follows the store at most
 * once per `SETTLE_MS`, the last change always included. The canvas follows every change; a room
 * of people editing makes 20 changes a second, and recounting hubs and owners for each one took
 * time from the frames of whoever was dragging.
 */
export function useSettledMap(): JourneyMap | null {
  const { store } = useSession();
  const [map, setMap] = useState(() => store.getState().map);
  useEffect(() => followSettled(store, setMap), [store]);
  return map;
}

/**
 * Calls `apply` with the store's map now, then after changes: at most once per `ms`, always with
 * the newest map. Returns the unsubscribe.
 */
export function followSettled(
  store: EditorStore,
  apply: (map: JourneyMap | null) => void,
  ms = SETTLE_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const follow = () => {
    timer = null;
    last = Date.now();
    apply(store.getState().map);
  };
  follow();
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.map === prev.map || timer) return;
    timer = setTimeout(follow, Math.max(0, last + ms - Date.now()));
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
