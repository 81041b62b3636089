import type * as Y from 'yjs';
import { getRecord, putRecord, transactCommand } from '../docLayout';
import { orderKeyAt, sortOrdered } from '../order';
import type { Origin } from '../origins';
import { plainRecord, schemaFields } from '../plainRecord';
import { newTouchpointId, touchpointSchema, type Touchpoint } from '../records/touchpoint';
import { CommandError, placedRecords } from './commandSupport';
import { editableTouchpointSchema } from './touchpoints';

/**
 * What a copy carries: the card's content, not its identity, place or facilitator state. Connections
 * are left behind on purpose: a copy wired into the same routes would double every path through it.
 */
const COPIED = editableTouchpointSchema;

/**
 * Duplicates a touchpoint into the slot right after it in the same cell (Ctrl/Cmd+D), in one
 * undoable step. Returns the copy's id. A card whose stored fields fail validation is refused
 * rather than copied, so a bad record never multiplies.
 */
export function duplicateTouchpoint(doc: Y.Doc, id: string, origin?: Origin): string {
  return transactCommand(
    doc,
    () => {
      const rec = getRecord(doc, 'touchpoints', id);
      if (!rec) throw new CommandError(`touchpoint ${id} does not exist`);
      // Bounded and prototype-free (plainRecord.ts): a hostile extra field cannot overflow the stack.
      const source = plainRecord(rec, schemaFields(touchpointSchema)) as Partial<Touchpoint>;
      const fields = COPIED.safeParse(source);
      if (!fields.success || !source.stageId || !source.laneId)
        throw new CommandError(`touchpoint ${id} cannot be copied`);
      const siblings = sortOrdered(
        placedRecords(doc, 'touchpoints').filter(
          (t) => t.stageId === source.stageId && t.laneId === source.laneId,
        ),
      );
      const copy: Touchpoint = {
        ...fields.data,
        id: newTouchpointId(),
        stageId: source.stageId,
        laneId: source.laneId,
        order: orderKeyAt(siblings, siblings.findIndex((t) => t.id === id) + 1),
      };
      putRecord(doc, 'touchpoints', copy);
      return copy.id;
    },
    origin,
  );
}
