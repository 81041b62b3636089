import type { Presenter } from '../store/presentationState';
import type { AwarenessState } from './awarenessState';

/**
 * The tab that presents the map: one whose state says `presenting` and whose person (stamped by the
 * server) holds the facilitator seat in the doc. Anyone else's `presenting` is ignored — the server
 * strips it too; this keeps an old server honest. Unlike `readPeers`, the person's own other tabs
 * count: the presenter's "audience window" follows the presenter's tab. This tab itself never does.
 * With two presenting tabs of the holder (two windows), the lowest client id wins, the same for all.
 */
export function findPresenter(
  states: ReadonlyMap<number, unknown>,
  ownClientId: number,
  holderId: string | null,
  parse: (raw: unknown) => AwarenessState | null,
): Presenter | null {
  if (holderId === null) return null;
  let found: Presenter | null = null;
  for (const [clientId, raw] of states) {
    if (clientId === ownClientId || (found && found.clientId < clientId)) continue;
    const state = parse(raw);
    if (!state?.presenting || state.user.id !== holderId) continue;
    found = { clientId, slideId: state.presenting.slideId, name: state.user.name, color: state.user.color };
  }
  return found;
}

/** Same presenter on the same slide: nothing for the store to change. */
export function samePresenter(a: Presenter | null, b: Presenter | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.clientId === b.clientId &&
      a.slideId === b.slideId &&
      a.name === b.name &&
      a.color === b.color)
  );
}
