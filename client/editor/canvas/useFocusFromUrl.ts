import { useEffect, useRef } from 'react';
import { anchorSchema, type Anchor } from '../../../model';
import { anchorRect } from '../comments/anchorRect';
import { useGoToAnchor } from '../comments/useGoToAnchor';
import { useEditor } from '../EditorContext';

/** `?focus=note:<id>` (or touchpoint:/stage:): what a link from another page asks to open at. */
export function focusAnchorFromSearch(search: string): Anchor | null {
  const raw = new URLSearchParams(search).get('focus');
  const match = raw ? /^(note|touchpoint|stage):(.+)$/.exec(raw) : null;
  if (!match) return null;
  const parsed = anchorSchema.safeParse({ kind: match[1], id: match[2] });
  return parsed.success ? parsed.data : null;
}

/**
 * Opens the map at the card, note or stage a link names (the actions page links to an action's
 * note), once it is laid out: selects it and pans to it, then drops the parameter from the URL so
 * a reload starts as usual.
 */
export function useFocusFromUrl(): void {
  const goTo = useGoToAnchor();
  const layout = useEditor((s) => s.layout);
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !layout) return;
    const anchor = focusAnchorFromSearch(window.location.search);
    if (!anchor) {
      done.current = true;
      return;
    }
    // Not in the map yet (still syncing): wait for a layout that has it.
    if (!anchorRect(layout, anchor)) return;
    done.current = true;
    // After the first fit (one frame), so the fit does not undo the pan.
    requestAnimationFrame(() => requestAnimationFrame(() => goTo(anchor)));
    const url = new URL(window.location.href);
    url.searchParams.delete('focus');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
  }, [layout, goTo]);
}
