import type * as Y from 'yjs';
import { collection, metaMap, transactCommand } from '../docLayout';
import { FACILITATION_ORIGIN, type Origin } from '../origins';
import { plainValue } from '../plainRecord';
import { facilitatorSchema, personSchema, type Facilitator, type Person } from '../records/facilitator';
import { CommandError, parseInput } from './commandSupport';

/** The seat holder as the doc has it; a malformed value counts as a free seat. */
export function readFacilitator(doc: Y.Doc): Facilitator | null {
  const parsed = facilitatorSchema.safeParse(plainValue(metaMap(doc).get('facilitator')));
  return parsed.success ? parsed.data : null;
}

/** Facilitator tools refuse anyone else: the UI hides them, this keeps a stale tab honest too. */
export function requireFacilitator(doc: Y.Doc, by: Person): void {
  const holder = readFacilitator(doc);
  if (holder?.userId !== by.userId) {
    throw new CommandError(
      holder ? `only the facilitator (${holder.name}) can do that` : 'take the facilitator seat first',
    );
  }
}

/**
 * The facilitator sets or clears one of their whole-value meta flags (the structure lock, the
 * freeze): `value` while on, no key at all while off, so a cleared flag leaves nothing to merge.
 */
export function setMetaFlag(
  doc: Y.Doc,
  by: Person,
  key: 'structureLocked' | 'frozen',
  value: unknown,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const meta = metaMap(doc);
      if (value !== undefined) meta.set(key, value);
      else if (meta.has(key)) meta.delete(key);
    },
    origin,
  );
}

/**
 * Takes the facilitator seat. Only a free seat can be taken: empty, or — decided by the caller, who
 * sees presence — held by someone who is no longer here (`holderAbsent`). Taking your own seat again
 * just updates your name. Two people taking it at once converge on one of them (see Facilitator).
 */
export function claimFacilitatorSeat(
  doc: Y.Doc,
  user: Person,
  options: { holderAbsent?: boolean } = {},
  origin: Origin = FACILITATION_ORIGIN,
): void {
  const me = parseInput(personSchema, user);
  transactCommand(
    doc,
    () => {
      const holder = readFacilitator(doc);
      if (holder && holder.userId !== me.userId && !options.holderAbsent) {
        throw new CommandError(`${holder.name || 'someone'} holds the facilitator seat`);
      }
      if (holder?.userId === me.userId && holder.name === me.name) return;
      metaMap(doc).set('facilitator', { userId: me.userId, name: me.name });
    },
    origin,
  );
}

/** The holder gives the seat to someone else (usually a person present on the map). */
export function handOverFacilitator(
  doc: Y.Doc,
  from: Person,
  to: Person,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  const next = parseInput(personSchema, to);
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, from);
      if (next.userId === from.userId) throw new CommandError('you already hold the facilitator seat');
      metaMap(doc).set('facilitator', { userId: next.userId, name: next.name });
    },
    origin,
  );
}

/** The holder leaves the seat free; locks, a running vote and the timer stay as they are. */
export function releaseFacilitatorSeat(doc: Y.Doc, by: Person, origin: Origin = FACILITATION_ORIGIN): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      metaMap(doc).delete('facilitator');
    },
    origin,
  );
}

/**
 * Clears the live workshop (seat, vote and its ballots, timer, freeze) and keeps the map, locks included:
 * a duplicated map is a new workshop, not a second room of the old one.
 */
export function resetFacilitation(doc: Y.Doc, origin: Origin = FACILITATION_ORIGIN): void {
  transactCommand(
    doc,
    () => {
      const meta = metaMap(doc);
      for (const key of ['facilitator', 'vote', 'timer', 'frozen']) if (meta.has(key)) meta.delete(key);
      const votes = collection(doc, 'votes');
      for (const id of [...votes.keys()]) votes.delete(id);
    },
    origin,
  );
}
