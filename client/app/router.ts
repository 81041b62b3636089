import { useMemo, useSyncExternalStore } from 'react';

/**
 * A tiny History-API router: three routes need no library. The URL is the only state, so
 * reload, back/forward and shared links all land on the same page.
 */
export type Route =
  | { name: 'maps' }
  | { name: 'map'; mapId: string }
  | { name: 'actions' }
  | { name: 'inbox' }
  | { name: 'personas' }
  | { name: 'notFound' };

/** pushState fires no event, so navigate() announces itself with this one. */
const NAVIGATE_EVENT = 'journey:navigate';

/** Maps a pathname (no query, no hash) to a route. */
export function parseRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '') return { name: 'maps' };
  if (path === '/actions') return { name: 'actions' };
  if (path === '/inbox') return { name: 'inbox' };
  if (path === '/personas') return { name: 'personas' };
  const match = /^\/map\/([^/]+)$/.exec(path);
  if (match?.[1]) {
    try {
      return { name: 'map', mapId: decodeURIComponent(match[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

// A string snapshot is stable between calls, which useSyncExternalStore requires.
const getPathname = () => window.location.pathname;
const getServerPathname = () => '/';

/** The current route; re-renders on navigate() and on back/forward. */
export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribe, getPathname, getServerPathname);
  return useMemo(() => parseRoute(pathname), [pathname]);
}

const getSearch = () => window.location.search;
const getServerSearch = () => '';

/** The current query string (`?focus=…`); re-renders on navigate() and on back/forward. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getServerSearch);
}

/**
 * Goes to `to` (a path, optionally with ?query and #hash, kept as given) without reloading.
 * `replace` swaps the current history entry instead of adding one (e.g. redirects).
 */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (to !== current) {
    if (options.replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
  }
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!to.includes('#')) window.scrollTo(0, 0);
}

/**
 * The path of a map's editor. The current query string rides along (e.g. `?name=Ann`), so
 * settings given in a shared link survive moving between the list and a map.
 */
export function mapPath(mapId: string, search: string = window.location.search): string {
  return `/map/${encodeURIComponent(mapId)}${withoutToken(search)}`;
}

/** The map list's path, keeping the query string for the same reason as mapPath. */
export function mapsPath(search: string = window.location.search): string {
  return `/${withoutToken(search)}`;
}

/** The actions page (every action on the server the viewer may see). */
export function actionsPath(search: string = window.location.search): string {
  return `/actions${withoutToken(search)}`;
}

/** The inbox page (notifications). */
export function inboxPath(search: string = window.location.search): string {
  return `/inbox${withoutToken(search)}`;
}

/** A share link's `token` belongs to one map: it never rides along to the list or another map. */
function withoutToken(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has('token')) return search;
  params.delete('token');
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
