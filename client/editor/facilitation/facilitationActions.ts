import * as model from '../../../model';
import type { UserIdentity } from '../../identity/userIdentity';
import type { MapSession } from '../session/createMapSession';
import { serverNow } from './serverClock';
import { sentenceCase } from '../../ui/sentenceCase';
import { gate } from '../actions/gate';

/** This browser's person as facilitation records name them. */
export function toPerson(self: UserIdentity): model.Person {
  return { userId: self.id, name: self.name ?? 'Someone' };
}

/**
 * Facilitation intents → model commands (seat, locks, votes, timer), acting as this browser's
 * person. Like the editor's actions, a refused command (CommandError) becomes the editor's message.
 */
export function createFacilitationActions(session: MapSession) {
  const { doc, store } = session;
  const me = () => toPerson(session.presence.store.getState().self);
  const run = (fn: () => void, seat = false): boolean => {
    // Facilitation writes the map doc too: only editors run a workshop (or vote in it). Taking a
    // free seat is open to editors even on a frozen map (the server's rule: a free seat is free),
    // but not on a map saved by a newer Journey (this tab does not know its format).
    if (!gate(seat ? 'seat' : 'editor', store)) return false;
    try {
      fn();
      return true;
    } catch (err) {
      if (!(err instanceof model.CommandError)) throw err;
      store.setState({ error: sentenceCase(err.message) });
      return false;
    }
  };
  return {
    /** `holderAbsent`: the caller saw the current holder is not on the map any more. */
    claimSeat: (holderAbsent = false) =>
      run(() => model.claimFacilitatorSeat(doc, me(), { holderAbsent }), true),
    handOver: (to: model.Person) => run(() => model.handOverFacilitator(doc, me(), to)),
    releaseSeat: () => run(() => model.releaseFacilitatorSeat(doc, me())),

    setFrozen: (frozen: boolean) => run(() => model.setFrozen(doc, me(), frozen)),
    setStructureLocked: (locked: boolean) => run(() => model.setStructureLocked(doc, me(), locked)),
    setCardLocked: (id: string, locked: boolean) => run(() => model.setCardLocked(doc, me(), id, locked)),

    startVote: (votesPerPerson: number, anonymous: boolean) =>
      run(() => void model.startVote(doc, me(), { votesPerPerson, anonymous })),
    castVote: (touchpointId: string) => run(() => model.castVote(doc, me(), touchpointId)),
    retractVote: (touchpointId: string) => run(() => model.retractVote(doc, me(), touchpointId)),
    revealVotes: () => run(() => model.revealVotes(doc, me())),
    endVote: () => run(() => model.endVote(doc, me(), serverNow())),

    startTimer: (durationMs: number, label?: string) =>
      run(() => model.startTimer(doc, me(), { durationMs, label, now: serverNow() })),
    addTime: (ms: number) => run(() => model.addTime(doc, me(), ms, serverNow())),
    stopTimer: () => run(() => model.stopTimer(doc, me())),
  };
}

export type FacilitationActions = ReturnType<typeof createFacilitationActions>;
