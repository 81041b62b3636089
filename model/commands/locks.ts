import type * as Y from 'yjs';
import { readTextValue } from '../text/collabText';
import { getRecord, metaMap, patchRecord, transactCommand, type RecordMap } from '../docLayout';
import { FACILITATION_ORIGIN, type Origin } from '../origins';
import type { Person } from '../records/facilitator';
import { CommandError, placedRecords } from './commandSupport';
import { requireFacilitator, setMetaFlag } from './facilitatorSeat';

/*
 * Facilitator locks: the stage/lane structure, and single cards, so nobody moves or deletes them by
 * accident. Locks stop moving and deleting only; a locked card's title, emotion and so on stay
 * editable. They are checked when a command runs on a client: an edit made concurrently by someone
 * who had not yet seen the lock still merges (as every concurrent edit does).
 */

/** Refuses structure commands (add, rename, move, hide, delete stages and lanes) while locked. */
export function requireStructureUnlocked(doc: Y.Doc): void {
  if (metaMap(doc).get('structureLocked') === true) {
    throw new CommandError('the stages and lanes are locked by the facilitator');
  }
}

/** Refuses moving or deleting a locked touchpoint or note. */
export function requireCardUnlocked(rec: RecordMap): void {
  if (rec.get('locked') !== true) return;
  const name = readTextValue(rec.get('title') ?? rec.get('text'));
  const label = name?.trim() ? `“${name.trim().slice(0, 60)}”` : 'this card';
  throw new CommandError(`${label} is locked by the facilitator`);
}

/** Refuses a stage or lane delete that would move or delete a locked card with it. */
export function requireNoLockedCards(doc: Y.Doc, where: { stageId?: string; laneId?: string }): void {
  for (const name of ['touchpoints', 'notes'] as const) {
    for (const card of placedRecords(doc, name)) {
      if (where.stageId !== undefined && card.stageId !== where.stageId) continue;
      if (where.laneId !== undefined && card.laneId !== where.laneId) continue;
      if (getRecord(doc, name, card.id)?.get('locked') === true) {
        throw new CommandError(
          `this ${where.stageId !== undefined ? 'stage' : 'lane'} holds locked cards: unlock them first`,
        );
      }
    }
  }
}

/** The facilitator locks or unlocks the stages and lanes. */
export function setStructureLocked(
  doc: Y.Doc,
  by: Person,
  locked: boolean,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  setMetaFlag(doc, by, 'structureLocked', locked ? true : undefined, origin);
}

/** The facilitator locks or unlocks one touchpoint or note (`locked` is left out when unlocked). */
export function setCardLocked(
  doc: Y.Doc,
  by: Person,
  id: string,
  locked: boolean,
  origin: Origin = FACILITATION_ORIGIN,
): void {
  transactCommand(
    doc,
    () => {
      requireFacilitator(doc, by);
      const kind = getRecord(doc, 'touchpoints', id)
        ? 'touchpoints'
        : getRecord(doc, 'notes', id)
          ? 'notes'
          : null;
      if (!kind) throw new CommandError(`card ${id} does not exist`);
      patchRecord(doc, kind, id, { locked: locked ? true : undefined });
    },
    origin,
  );
}
