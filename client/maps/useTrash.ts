import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError';
import { deleteForever, listTrash, restoreMap, type MapSummary, type TrashedMap } from '../api/mapsApi';

export interface Trash {
  /** Null while loading. */
  maps: readonly TrashedMap[] | null;
  error: string | null;
  /** Loads again (after a map was moved here). */
  reload: () => void;
  restore: (map: TrashedMap) => Promise<MapSummary>;
  deleteForever: (map: TrashedMap) => Promise<void>;
}

/** This person's trashed maps (the server lists only those they may restore). */
export function useTrash(): Trash {
  const [maps, setMaps] = useState<readonly TrashedMap[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    listTrash(controller.signal).then(
      (list) => {
        setMaps(list);
        setError(null);
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setError(errorMessage(err));
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const drop = (id: string) => setMaps((prev) => prev?.filter((m) => m.id !== id) ?? null);

  const restore = useCallback(async (map: TrashedMap) => {
    const restored = await restoreMap(map.id);
    drop(map.id);
    return restored;
  }, []);

  const remove = useCallback(async (map: TrashedMap) => {
    await deleteForever(map.id);
    drop(map.id);
  }, []);

  return { maps, error, reload, restore, deleteForever: remove };
}
