import { reuseIfJson } from '../../../model';
import { parseAwarenessState, type AwarenessState } from './awarenessState';

/** Another person's tab on this map, as validated from its awareness state. */
export interface Peer extends AwarenessState {
  /** The awareness client id: one per tab, so one person may have two. */
  readonly clientId: number;
}

/** The parsed state each peer object was built from. */
const sourceOf = new WeakMap<Peer, AwarenessState>();

/**
 * Awareness states → the other people on the map. Invalid states and this person's own tabs are
 * left out. Unchanged peers (and unchanged fields inside a changed peer) keep their identity, and
 * so does the array when nothing changed, so selectors stay stable and React skips work.
 */
export function readPeers(
  states: ReadonlyMap<number, unknown>,
  own: { readonly clientId: number; readonly userId: string },
  prev: readonly Peer[],
  parse: (raw: unknown) => AwarenessState | null = parseAwarenessState,
): readonly Peer[] {
  const before = new Map(prev.map((p) => [p.clientId, p]));
  const next: Peer[] = [];
  for (const [clientId, raw] of states) {
    if (clientId === own.clientId) continue;
    const state = parse(raw);
    if (!state || state.user.id === own.userId) continue;
    const old = before.get(clientId);
    // Fast path with a caching `parse`: the same parsed state means the same peer.
    if (old && sourceOf.get(old) === state) {
      next.push(old);
      continue;
    }
    const peer = reusePeer(old, { clientId, ...state });
    sourceOf.set(peer, state);
    next.push(peer);
  }
  const unchanged = next.length === prev.length && next.every((p, i) => p === prev[i]);
  return unchanged ? prev : next;
}

function reusePeer(old: Peer | undefined, peer: Peer): Peer {
  if (!old) return peer;
  const merged: Peer = {
    clientId: peer.clientId,
    user: reuseIfJson(old.user, peer.user),
    cursor: reuseIfJson(old.cursor, peer.cursor),
    selection: reuseIfJson(old.selection, peer.selection),
    editing: reuseIfJson(old.editing, peer.editing),
    viewport: reuseIfJson(old.viewport, peer.viewport),
    view: reuseIfJson(old.view, peer.view),
    summon: reuseIfJson(old.summon, peer.summon),
    drag: reuseIfJson(old.drag, peer.drag),
    presenting: reuseIfJson(old.presenting, peer.presenting),
  };
  const keys = [
    'user',
    'cursor',
    'selection',
    'editing',
    'viewport',
    'view',
    'summon',
    'drag',
    'presenting',
  ] as const;
  return keys.every((k) => merged[k] === old[k]) ? old : merged;
}

/**
 * `parseAwarenessState` remembered per raw state object: awareness replaces a client's object on
 * every update, so only the states that changed are validated again.
 */
export function cachedStateParser(): (raw: unknown) => AwarenessState | null {
  const cache = new WeakMap<object, AwarenessState | null>();
  return (raw) => {
    if (typeof raw !== 'object' || raw === null) return null;
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const state = parseAwarenessState(raw);
    cache.set(raw, state);
    return state;
  };
}
