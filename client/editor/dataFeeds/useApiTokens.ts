import { useEffect, useState } from 'react';
import type { ApiTokenInfo } from '../../../model';
import { errorMessage } from '../../api/ApiError';
import { createApiToken, listApiTokens, revokeApiToken } from '../../api/metricsApi';
import { useSession } from '../EditorContext';

/** A token just made: the only moment its text exists outside the survey tool. */
export interface NewToken {
  readonly token: ApiTokenInfo;
  readonly secret: string;
}

/** The map's API tokens for its governor: loaded once, then kept current by create and revoke. */
export function useApiTokens(enabled: boolean) {
  const { mapId, token } = useSession();
  const [tokens, setTokens] = useState<readonly ApiTokenInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [created, setCreated] = useState<NewToken | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    listApiTokens(mapId, token, abort.signal).then(setTokens, (err: unknown) => {
      if (!abort.signal.aborted) setLoadError(errorMessage(err));
    });
    return () => abort.abort();
  }, [enabled, mapId, token]);

  /** Throws with a message to show beside the form. */
  async function create(label: string): Promise<void> {
    const made = await createApiToken(mapId, token, label);
    setTokens((list) => [made.token, ...(list ?? [])]);
    setCreated(made);
  }

  async function revoke(id: string): Promise<void> {
    await revokeApiToken(mapId, token, id);
    const revokedAt = new Date().toISOString();
    setTokens((list) =>
      (list ?? []).map((t) => (t.id === id ? { ...t, revokedAt: t.revokedAt ?? revokedAt } : t)),
    );
    if (created?.token.id === id) setCreated(null);
  }

  return { tokens, loadError, created, dismissCreated: () => setCreated(null), create, revoke };
}
