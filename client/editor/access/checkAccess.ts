import { ApiError } from '../../api/ApiError';
import { accessSchema, getAccess, type MapAccess } from '../../api/accessApi';
import { accessDeniedTitle } from './accessMessages';
import { recalledAccess, rememberAccess } from './shareToken';

export type AccessCheck =
  | { readonly kind: 'granted'; readonly access: MapAccess }
  | { readonly kind: 'denied'; readonly title: string; readonly message: string }
  | { readonly kind: 'missing' };

/** A server that does not answer in this time is treated as unreachable: the map opens from its copy. */
const ACCESS_TIMEOUT_MS = 5000;

/**
 * Asks the server who this page is on the map before anything connects. A refused token (401/403)
 * stops here, so nothing is ever written with it; an unknown map is 'missing'. When the server
 * cannot be reached, the map still opens offline with the access this tab last had (or, without
 * one, editor without a token as in open mode, viewer with one); the server corrects it on connect.
 */
export async function checkAccess(
  mapId: string,
  token: string | null,
  signal: AbortSignal,
): Promise<AccessCheck> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), ACCESS_TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    const access = await getAccess(mapId, token, timeout.signal);
    rememberAccess(mapId, access);
    return { kind: 'granted', access };
  } catch (err) {
    if (signal.aborted) throw err;
    if (err instanceof ApiError && err.status === 404) return { kind: 'missing' };
    if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
      // The server's sentence says what to do next; the title comes from its code.
      return { kind: 'denied', title: accessDeniedTitle(err.code), message: err.message };
    }
    return { kind: 'granted', access: offlineAccess(mapId, token) };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

function offlineAccess(mapId: string, token: string | null): MapAccess {
  const kept = accessSchema.safeParse(recalledAccess(mapId));
  // Sharing needs the server anyway, so offline nobody is offered it.
  if (kept.success) return { ...kept.data, canShare: false };
  return { role: token ? 'viewer' : 'editor', mode: 'open', canShare: false };
}
