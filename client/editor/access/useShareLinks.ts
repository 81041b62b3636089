import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../../api/ApiError';
import {
  createLink,
  getAccess,
  listLinks,
  revokeLink,
  type NewLinkInput,
  type ShareLink,
} from '../../api/accessApi';

/**
 * The map's share links, loaded when the share dialog opens, and this page's own link's expiry (the
 * ceiling for links it shares); create and revoke keep the list current.
 */
export function useShareLinks(mapId: string, token: string | null) {
  const [links, setLinks] = useState<readonly ShareLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Epoch ms this page's link expires; null: it does not (or there is no link). */
  const [myLinkExpiresAt, setMyLinkExpiresAt] = useState<number | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const ctrl = new AbortController();
    listLinks(mapId, token, ctrl.signal).then(
      (list) => setLinks(newestFirst(list)),
      (err: unknown) => {
        if (!ctrl.signal.aborted) setError(errorMessage(err));
      },
    );
    return () => ctrl.abort();
  }, [mapId, token, version]);

  useEffect(() => {
    const ctrl = new AbortController();
    getAccess(mapId, token, ctrl.signal).then(
      (access) => setMyLinkExpiresAt(access.linkExpiresAt ? Date.parse(access.linkExpiresAt) : null),
      () => {},
    );
    return () => ctrl.abort();
  }, [mapId, token]);

  const create = useCallback(
    async (input: NewLinkInput): Promise<ShareLink | null> => {
      try {
        const link = await createLink(mapId, token, input);
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
        // Links minted through it were revoked with it: show that too.
        setVersion((n) => n + 1);
        setError(null);
        return true;
      } catch (err) {
        setError(errorMessage(err));
        return false;
      }
    },
    [mapId, token],
  );

  return { links, error, create, revoke, myLinkExpiresAt };
}

function newestFirst(links: readonly ShareLink[]): ShareLink[] {
  return [...links].sort((a, b) => b.createdAt - a.createdAt);
}
