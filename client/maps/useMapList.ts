import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError';
import { deleteMap, duplicateMap, listMaps, renameMap, type MapSummary } from '../api/mapsApi';

export type MapListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; maps: readonly MapSummary[] };

export interface MapList {
  state: MapListState;
  /** Loads again from scratch (the error banner's Retry). */
  retry: () => void;
  /** Shows the new title at once; restores the old one and rethrows if the server refuses. */
  rename: (map: MapSummary, title: string) => Promise<void>;
  /** Adds the copy at the top of the list and returns it. */
  duplicate: (map: MapSummary) => Promise<MapSummary>;
  /** Removes the map once the server has moved it to the trash. */
  remove: (map: MapSummary) => Promise<void>;
  /** Puts a map back in the list (restored from the trash). */
  add: (map: MapSummary) => void;
}

/**
 * The map list and the edits made from it. The list is refetched when the tab regains focus, so
 * maps created or renamed elsewhere show up; a refetch that overlaps an edit is dropped so it
 * cannot undo what the person just did.
 */
export function useMapList(): MapList {
  const [state, setState] = useState<MapListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // Bumped by every edit; a background refresh started before an edit is stale.
  const editVersion = useRef(0);

  useEffect(() => {
    const controller = new AbortController();
    listMaps(controller.signal).then(
      (maps) => setState({ status: 'ready', maps }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', message: errorMessage(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    let controller: AbortController | undefined;
    function refresh() {
      if (document.visibilityState !== 'visible') return;
      controller?.abort();
      controller = new AbortController();
      const startedAt = editVersion.current;
      listMaps(controller.signal).then(
        (maps) => {
          if (editVersion.current !== startedAt) return;
          setState((prev) => (prev.status === 'ready' ? { status: 'ready', maps } : prev));
        },
        // A background refresh failing is not worth a banner; the next action will report it.
        () => {},
      );
    }
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
      controller?.abort();
    };
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const updateMaps = useCallback((update: (maps: readonly MapSummary[]) => readonly MapSummary[]) => {
    editVersion.current++;
    setState((prev) => (prev.status === 'ready' ? { status: 'ready', maps: update(prev.maps) } : prev));
  }, []);

  const rename = useCallback(
    async (map: MapSummary, title: string) => {
      updateMaps((maps) => maps.map((m) => (m.id === map.id ? { ...m, title } : m)));
      try {
        const saved = await renameMap(map.id, title);
        updateMaps((maps) => maps.map((m) => (m.id === map.id ? saved : m)));
      } catch (error) {
        if (isGone(error)) {
          updateMaps((maps) => maps.filter((m) => m.id !== map.id));
          throw goneError(map);
        }
        // Put the old title back, unless another rename has replaced ours meanwhile.
        updateMaps((maps) =>
          maps.map((m) => (m.id === map.id && m.title === title ? { ...m, title: map.title } : m)),
        );
        throw error;
      }
    },
    [updateMaps],
  );

  const duplicate = useCallback(
    async (map: MapSummary) => {
      try {
        const copy = await duplicateMap(map.id);
        updateMaps((maps) => [copy, ...maps.filter((m) => m.id !== copy.id)]);
        return copy;
      } catch (error) {
        if (!isGone(error)) throw error;
        updateMaps((maps) => maps.filter((m) => m.id !== map.id));
        throw goneError(map);
      }
    },
    [updateMaps],
  );

  const remove = useCallback(
    async (map: MapSummary) => {
      try {
        await deleteMap(map.id);
      } catch (error) {
        // Someone else deleted it first: the person's wish is already fulfilled.
        if (!isGone(error)) throw error;
      }
      updateMaps((maps) => maps.filter((m) => m.id !== map.id));
    },
    [updateMaps],
  );

  const add = useCallback(
    (map: MapSummary) => {
      // A restored map is the restorer's to delete again; the next refresh says so exactly.
      const entry = { canDelete: true, ...map };
      updateMaps((maps) =>
        [entry, ...maps.filter((m) => m.id !== map.id)].sort((a, b) => b.updatedAt - a.updatedAt),
      );
    },
    [updateMaps],
  );

  return { state, retry, rename, duplicate, remove, add };
}

const isGone = (error: unknown) => error instanceof ApiError && error.notFound;

/** A map deleted elsewhere (another tab, a colleague) since the list was loaded. */
function goneError(map: MapSummary): ApiError {
  return new ApiError(`“${map.title}” no longer exists. Someone may have deleted it.`, 404);
}
