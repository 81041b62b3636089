import type { Awareness } from 'y-protocols/awareness';
import { newId } from '../../../model';
import { loadIdentity, saveName, type UserIdentity } from '../../identity/userIdentity';
import { selectedRecordId, type DragState, type EditorStore, type Selection } from '../store/editorStore';
import {
  MAX_DRAG_CARDS,
  type PeerCursor,
  type PeerDrag,
  type PeerSelection,
  type PeerViewport,
  type PresenceUser,
} from './awarenessState';
import { createPresenceStore, type PresenceStore } from './presenceStore';
import { createPresencePublisher } from './publishPresence';
import { readPeerDrags } from './peerDrags';
import { cachedStateParser, readPeers } from './readPeers';
import { createSummonWatcher } from './summonWatcher';
import { findPresenter, samePresenter } from './findPresenter';
import { coalesceToFrame } from './frameCoalescer';
import { viewBoxOf } from './viewBox';

/** Who is on the map and what they do; and this tab's own presence. One per open map. */
export interface Presence {
  readonly store: PresenceStore;
  /** Sets and remembers this person's display name, and shows it to everyone. */
  setName(name: string): void;
  /** The pointer in flow coordinates; null when it left the canvas. */
  setCursor(cursor: PeerCursor | null): void;
  setViewport(viewport: PeerViewport): void;
  /** The side-panel field being typed in (of the selected record, or the map's own fields). */
  setEditingField(field: string | null): void;
  /** "Bring everyone here": every other tab starts following this one. */
  summonEveryone(): void;
  /** Follows a peer's viewport (by awareness client id); null stops following. */
  follow(clientId: number | null): void;
  destroy(): void;
}

export function createPresence(awareness: Awareness, editor: EditorStore): Presence {
  const store = createPresenceStore(loadIdentity());
  const publisher = createPresencePublisher(awareness, toUser(store.getState().self));
  const parse = cachedStateParser();
  const summoned = createSummonWatcher();

  const holderId = () => editor.getState().map?.facilitation.facilitator?.userId ?? null;
  // Who presents comes from every state but this tab's, the person's own other tabs included (the
  // audience window follows the presenting tab); a presentation that starts ends ordinary following.
  const updatePresenter = () => {
    const presenter = findPresenter(awareness.getStates(), awareness.clientID, holderId(), parse);
    const current = editor.getState().presentation;
    if (samePresenter(current.presenter, presenter)) return;
    if (presenter && !current.presenter) store.setState({ following: null });
    editor.setState({
      presentation: { ...current, presenter, steppedOut: presenter ? current.steppedOut : false },
    });
  };

  // Peers come only from awareness 'change' (joins, updates, leaves, and the stock 30 s timeout
  // that drops a tab that stopped renewing), read at most once per animation frame (a room of 300
  // changes thousands of times a second): one setState per frame, and none when nothing changed.
  const readChanges = () => {
    updatePresenter();
    const { peers: prev, following, self } = store.getState();
    const peers = readPeers(
      awareness.getStates(),
      { clientId: awareness.clientID, userId: self.id },
      prev,
      parse,
    );
    if (peers === prev) return;
    const summoner = summoned(peers, holderId());
    const stillThere = following !== null && peers.some((p) => p.clientId === following);
    const drags = readPeerDrags(peers, { peers: prev, drags: store.getState().drags });
    store.setState({ peers, drags, following: summoner ? summoner.clientId : stillThere ? following : null });
  };
  const frame = coalesceToFrame(readChanges);
  const onChange = () => frame.schedule();
  awareness.on('change', onChange);
  readChanges();

  publisher.update({ selection: toPeerSelection(editor.getState().selection) });
  const unsubscribe = editor.subscribe((state, prev) => {
    if (state.selection !== prev.selection) publisher.update({ selection: toPeerSelection(state.selection) });
    // Mid-drag positions go to peers through the same throttled writer (≤ 20 updates/s), never the doc.
    if (state.drag !== prev.drag) publisher.update({ drag: toPeerDrag(state.drag) });
    const slideId = state.presentation.slideId;
    if (slideId !== prev.presentation.slideId) publisher.update({ presenting: slideId ? { slideId } : null });
    if (state.map?.facilitation.facilitator !== prev.map?.facilitation.facilitator) updatePresenter();
  });

  // Leave everyone's screen as the page goes (faster than waiting for the socket to close), and
  // come back if the browser restores it from its back/forward cache.
  const onPageHide = () => publisher.withdraw();
  const onPageShow = (e: PageTransitionEvent) => {
    if (e.persisted) publisher.restore();
  };
  // A background tab's timers may be slowed past the 30 s awareness timeout, so others can drop
  // this person for a while; coming back to the tab renews the state at once.
  const onVisible = () => {
    if (document.visibilityState === 'visible') publisher.restore();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  document.addEventListener('visibilitychange', onVisible);

  return {
    store,
    setName(name) {
      const self = saveName(store.getState().self, name);
      store.setState({ self });
      publisher.update({ user: toUser(self) });
    },
    setCursor(cursor) {
      // Whole flow units: a fraction of a pixel is invisible, and every byte is sent to everyone.
      publisher.update({ cursor: cursor && { x: Math.round(cursor.x), y: Math.round(cursor.y) } });
    },
    setViewport(viewport) {
      publisher.update({ viewport, view: viewBoxOf(viewport) });
    },
    setEditingField(field) {
      publisher.update({
        editing: field ? { id: selectedRecordId(editor.getState().selection) ?? 'map', field } : null,
      });
    },
    summonEveryone() {
      publisher.update({ summon: { id: newId('summon') } });
    },
    follow(clientId) {
      if (store.getState().following !== clientId) store.setState({ following: clientId });
    },
    destroy() {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('pageshow', onPageShow);
      document.removeEventListener('visibilitychange', onVisible);
      unsubscribe();
      awareness.off('change', onChange);
      frame.cancel();
      publisher.destroy();
    },
  };
}

function toUser(identity: UserIdentity): PresenceUser | null {
  return identity.name ? { id: identity.id, name: identity.name, color: identity.color } : null;
}

function toPeerSelection(selection: Selection): PeerSelection | null {
  // A selected cell is this tab's paste target, nothing peers need to see.
  return selection && selection.kind !== 'cell' ? { kind: selection.kind, id: selection.id } : null;
}

/** Whole flow pixels are plenty for a card in the air, and keep each update small. */
export function toPeerDrag(drag: DragState | null): PeerDrag | null {
  if (!drag || drag.positions.size === 0) return null;
  const cards = [...drag.positions]
    .slice(0, MAX_DRAG_CARDS)
    .map(([id, p]) => ({ id, x: Math.round(p.x), y: Math.round(p.y) }));
  return { cards };
}
