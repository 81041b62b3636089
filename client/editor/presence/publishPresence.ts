import type { Awareness } from 'y-protocols/awareness';
import type { AwarenessState, PresenceUser } from './awarenessState';
import { throttle } from './throttle';

/** At most 20 awareness updates per second per tab, cursor and viewport included. */
export const PRESENCE_UPDATE_MS = 50;

/** This tab's presence before it has a name: everything but the user may already be known. */
export type LocalPresence = Omit<AwarenessState, 'user'> & { readonly user: PresenceUser | null };

export interface PresencePublisher {
  /** Merges `patch` into this tab's presence and publishes it (bursts collapse into one update). */
  update(patch: Partial<LocalPresence>): void;
  /** Leaves everyone's view at once (the page is going away); `update` or `restore` comes back. */
  withdraw(): void;
  restore(): void;
  destroy(): void;
}

/**
 * The only writer of this tab's awareness state. One throttle for every field keeps a person at
 * 20 updates per second however many things change at once. Nothing is published until the person
 * has a name: an unnamed tab stays invisible (its empty state fails peers' validation).
 */
export function createPresencePublisher(awareness: Awareness, user: PresenceUser | null): PresencePublisher {
  let state: LocalPresence = {
    user,
    cursor: null,
    selection: null,
    editing: null,
    viewport: null,
    view: null,
    summon: null,
    drag: null,
    presenting: null,
  };
  let withdrawn = false;

  const send = throttle(() => {
    if (!withdrawn && state.user) awareness.setLocalState(withoutNulls(state));
  }, PRESENCE_UPDATE_MS);

  return {
    update(patch) {
      state = { ...state, ...patch };
      withdrawn = false;
      send();
    },
    withdraw() {
      withdrawn = true;
      send.cancel();
      awareness.setLocalState(null);
    },
    restore() {
      withdrawn = false;
      send();
    },
    destroy() {
      send.cancel();
      withdrawn = true;
      awareness.setLocalState(null);
    },
  };
}

/**
 * The state as published: an absent field reads as null for every peer (parseAwarenessState), and
 * each byte of a state goes to everyone on the map many times a second (300 people: ~65 bytes of
 * nulls × 300 × 10 batches/s each).
 */
function withoutNulls(state: LocalPresence): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([, value]) => value !== null));
}
