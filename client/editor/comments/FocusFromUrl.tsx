import { useEffect, useRef } from 'react';
import {
  parseFocusParams,
  FOCUS_PARAM,
  THREAD_PARAM,
  type Anchor,
  type NotificationAnchor,
} from '../../../model';
import { useSearch } from '../../app/router';
import { useSession } from '../EditorContext';
import { useGoToAnchor } from './useGoToAnchor';

/** How long the canvas and the comments get to appear before the jump gives up. */
const WAIT_MS = 5000;
const HIGHLIGHT_MS = 2500;

/**
 * Honours a notification's link (`?focus=touchpoint:<id>&thread=<id>`, model/programme/inboxLinks)
 * once the map is loaded: selects and centres the anchor (an action's note for an action), opens
 * the comments on the thread and marks it for a moment, then drops both parameters from the address
 * so a reload does not jump again. Mounted while the map is loaded; renders nothing.
 */
export function FocusFromUrl() {
  const search = useSearch();
  const { store } = useSession();
  const goTo = useGoToAnchor();
  // Outlives the address change that forgetParams causes: only leaving the map cancels a jump.
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  useEffect(() => {
    const target = parseFocusParams(search);
    if (!target) return;
    forgetParams();
    const state = store.getState();
    const anchor = threadAnchor(target.anchor, state.map?.actions ?? []);
    const started = Date.now();
    // After the canvas has drawn its cards (and fitted the map once), or at once on an empty map.
    const jump = () => {
      const drawn = document.querySelector('.react-flow__node') !== null;
      if (!drawn && Date.now() - started < WAIT_MS && anchor.kind !== 'map') {
        timer.current = window.setTimeout(jump, 100);
        return;
      }
      timer.current = window.setTimeout(() => {
        goTo(anchor);
        if (target.threadId) openThread(target.threadId);
      }, 150);
    };
    const openThread = (threadId: string) => {
      const { comments } = store.getState();
      const resolved = comments?.resolved.some((v) => v.thread.id === threadId) ?? false;
      store.setState({ commentsTab: resolved ? 'resolved' : 'open', hubsOpen: false });
      const reveal = () => {
        const el = document.querySelector<HTMLElement>(
          `.cm-panel [data-thread-id="${CSS.escape(threadId)}"]`,
        );
        if (!el) {
          if (Date.now() - started < WAIT_MS) timer.current = window.setTimeout(reveal, 100);
          return;
        }
        el.scrollIntoView({ block: 'center' });
        el.classList.add('is-jumped-to');
        window.setTimeout(() => el.classList.remove('is-jumped-to'), HIGHLIGHT_MS);
      };
      reveal();
    };
    jump();
  }, [search, store, goTo]);

  return null;
}

/** What to select: the anchor itself, or for an action the note holding it (the map if it is gone). */
function threadAnchor(asked: NotificationAnchor, actions: readonly { id: string; noteId: string }[]): Anchor {
  if (asked.kind === 'map') return asked;
  if (asked.kind !== 'action') return { kind: asked.kind, id: asked.id };
  const action = actions.find((a) => a.id === asked.id);
  return action ? { kind: 'note', id: action.noteId } : { kind: 'map' };
}

/** The jump happens once: the address keeps its other parameters (a share link's token, ?name). */
function forgetParams(): void {
  const params = new URLSearchParams(window.location.search);
  params.delete(FOCUS_PARAM);
  params.delete(THREAD_PARAM);
  const rest = params.toString();
  window.history.replaceState(
    null,
    '',
    `${window.location.pathname}${rest ? `?${rest}` : ''}${window.location.hash}`,
  );
}
