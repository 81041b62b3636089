import type { MapAccess } from '../../api/accessApi';

/**
 * A share link's token travels in the page URL (`/map/<id>?token=…`). It is also kept per map in
 * sessionStorage, so a reload or an in-app navigation that dropped the query still carries it, and
 * it is put back into the URL so a copied address keeps working. Per map: a token belongs to one map.
 */
const tokenKey = (mapId: string) => `journey.token.${mapId}`;
const accessKey = (mapId: string) => `journey.access.${mapId}`;

/** Longest token we accept from a URL; anything longer is not one of ours. */
const MAX_TOKEN_LENGTH = 2048;

export function readShareToken(mapId: string, url: URL = new URL(location.href)): string | null {
  const fromUrl = url.searchParams.get('token');
  if (fromUrl && fromUrl.length <= MAX_TOKEN_LENGTH) {
    store(tokenKey(mapId), fromUrl);
    return fromUrl;
  }
  const kept = load(tokenKey(mapId));
  if (kept && url.pathname.startsWith('/map/')) {
    url.searchParams.set('token', kept);
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return kept;
}

/** The last access the server granted this tab on this map: used when the server cannot be reached. */
export function rememberAccess(mapId: string, access: MapAccess): void {
  store(accessKey(mapId), JSON.stringify(access));
}

export function recalledAccess(mapId: string): unknown {
  try {
    return JSON.parse(load(accessKey(mapId)) ?? 'null');
  } catch {
    return null;
  }
}

function load(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function store(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage unavailable (private mode): the URL still carries the token.
  }
}
