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
    user: same(old.user, peer.user),
    cursor: same(old.cursor, peer.cursor),
    selection: same(old.selection, peer.selection),
    editing: same(old.editing, peer.editing),
    viewport: same(old.viewport, peer.viewport),
    view: same(old.view, peer.view),
    summon: same(old.summon, peer.summon),
    drag: same(old.drag, peer.drag),
  };
  const keys = ['user', 'cursor', 'selection', 'editing', 'viewport', 'view', 'summon', 'drag'] as const;
  return keys.every((k) => merged[k] === old[k]) ? old : merged;
}

/** Small flat records: comparing their JSON is exact and cheap. */
function same<T>(old: T, next: T): T {
  return old === next || JSON.stringify(old) === JSON.stringify(next) ? old : next;
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
