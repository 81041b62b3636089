import { useEffect, useState } from 'react';
import { variantOf, type JourneyMap } from '../../../model';
import { useSession } from '../EditorContext';
import type { EditorState, EditorStore } from '../store/editorStore';

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
 * The state the insights read (model/future): the future state in the Future view, else the map as
 * it is (the Both view compares, its insights are today's). A map without a future state is itself.
 */
export function insightMapOf(state: Pick<EditorState, 'map' | 'variantView'>): JourneyMap | null {
  return state.map && variantOf(state.map, state.variantView === 'future' ? 'future' : 'current');
}

/** `useSettledMap` for the insights (summary, hubs): the state the view shows (`insightMapOf`). */
export function useSettledInsightMap(): JourneyMap | null {
  const { store } = useSession();
  const [map, setMap] = useState(() => insightMapOf(store.getState()));
  useEffect(() => followSettled(store, setMap, SETTLE_MS, insightMapOf), [store]);
  return map;
}

/**
 * Calls `apply` with the store's map now, then after changes: at most once per `ms`, always with
 * the newest map. `pick` reads the map from the state (and the view, which also counts as a change).
 * Returns the unsubscribe.
 */
export function followSettled(
  store: EditorStore,
  apply: (map: JourneyMap | null) => void,
  ms = SETTLE_MS,
  pick: (state: EditorState) => JourneyMap | null = (state) => state.map,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const follow = () => {
    timer = null;
    last = Date.now();
    apply(pick(store.getState()));
  };
  follow();
  const unsubscribe = store.subscribe((state, prev) => {
    if ((state.map === prev.map && state.variantView === prev.variantView) || timer) return;
    timer = setTimeout(follow, Math.max(0, last + ms - Date.now()));
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
