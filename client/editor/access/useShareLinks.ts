import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import { createLink, listLinks, revokeLink, type ShareLink } from '../../api/accessApi';

/** The map's share links, loaded when the share dialog opens; create and revoke keep the list current. */
export function useShareLinks(mapId: string, token: string | null) {
  const [links, setLinks] = useState<readonly ShareLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    listLinks(mapId, token, ctrl.signal).then(
      (list) => setLinks(newestFirst(list)),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setError(errorMessage(err));
      },
    );
    return () => ctrl.abort();
  }, [mapId, token]);

  const create = useCallback(
    async (role: ShareLink['role'], expiresInHours: number | null): Promise<ShareLink | null> => {
      try {
        const link = await createLink(mapId, token, { role, expiresInHours });
        setLinks((prev) => newestFirst([link, ...(prev ?? [])]));
        setError(null);
        return link;
      } catch (err) {
        setError(errorMessage(err));
        return null;
      }
    },
    [mapId, token],
  );

  const revoke = useCallback(
    async (id: string): Promise<boolean> => {
      try {
        await revokeLink(mapId, token, id);
        const now = Date.now();
        setLinks(
          (prev) => prev?.map((l) => (l.id === id ? { ...l, revokedAt: l.revokedAt ?? now } : l)) ?? null,
        );
        setError(null);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        return false;
      }
    },
    [mapId, token],
  );

  return { links, error, create, revoke };
}

function newestFirst(links: readonly ShareLink[]): ShareLink[] {
  return [...links].sort((a, b) => b.createdAt - a.createdAt);
}
