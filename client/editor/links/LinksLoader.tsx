import { useEffect, useState } from 'react';
import { fetchMapLinks } from '../../api/linksApi';
import { useEditor, useSession } from '../EditorContext';
import type { EditorState } from '../store/editorStore';
import { useLinksStore } from './linksStore';

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
    fetchMapLinks(mapId, token, ctrl.signal).then(
      (links) => {
        if (!ctrl.signal.aborted) useLinksStore.setState({ mapId, status: 'ready', links });
      },
      () => {
        if (!ctrl.signal.aborted) useLinksStore.setState({ mapId, status: 'error' });
      },
    );
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
