import { useEffect, useState } from 'react';
import { fetchMapLinks } from '../../api/linksApi';
import type { MapLinksResponse } from '../../../model';
import { useEditor, useSession } from '../EditorContext';
import type { EditorState } from '../store/editorStore';
import { useLinksStore } from './linksStore';

/** Re-asks while the server's answer lags a link just written (300 ms, 600 ms, … 2.4 s). */
const RETRIES = 4;
const RETRY_MS = 300;

/** Waits `ms`; false when aborted first. */
const pause = (ms: number, signal: AbortSignal): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(!signal.aborted), ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve(false)), { once: true });
  });

/** Every child map id the open map names, as one string: a change (linked, unlinked) asks again. */
const childKey = (s: EditorState): string =>
  [...(s.map?.stages ?? []), ...(s.map?.touchpoints ?? [])]
    .map((r) => r.childMapId ?? '')
    .filter(Boolean)
    .sort()
    .join(' ');

/**
 * Keeps `useLinksStore` fresh for the open map: fetched on open, when the server says a child
 * changed (`links-changed` bumps `linksRevision`), when this map's own links change, and when the
 * tab comes back into focus. A failed refresh keeps the last answer.
 */
export function LinksLoader() {
  const { mapId, token } = useSession();
  const revision = useEditor((s) => s.linksRevision);
  const children = useEditor(childKey);
  const focus = useFocusCount();
  useEffect(() => {
    const ctrl = new AbortController();
    useLinksStore.setState((s) => (s.mapId === mapId ? s : { mapId, status: 'loading', links: null }));
    void (async () => {
      // A link written a moment ago may not be on the server yet when it is asked: ask again a few
      // times, a little later each time, until the answer has every child this doc names.
      for (let attempt = 0; ; attempt++) {
        let links: MapLinksResponse;
        try {
          links = await fetchMapLinks(mapId, token, ctrl.signal);
        } catch {
          if (!ctrl.signal.aborted) useLinksStore.setState({ mapId, status: 'error' });
          return;
        }
        if (ctrl.signal.aborted) return;
        useLinksStore.setState({ mapId, status: 'ready', links });
        const known = new Set(links.children.map((c) => c.mapId));
        const behind = children.split(' ').some((id) => id && !known.has(id));
        if (!behind || attempt >= RETRIES) return;
        if (!(await pause(RETRY_MS * 2 ** attempt, ctrl.signal))) return;
      }
    })();
    return () => ctrl.abort();
  }, [mapId, token, revision, children, focus]);
  return null;
}

/** Counts the times the tab came back (window focus, or the page becoming visible). */
function useFocusCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const bump = () => {
      if (document.visibilityState === 'visible') setCount((c) => c + 1);
    };
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', bump);
    return () => {
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', bump);
    };
  }, []);
  return count;
}
