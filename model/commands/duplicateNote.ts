import type * as Y from 'yjs';
import { getRecord, putRecord, transactCommand } from '../docLayout';
import { orderKeyAt, sortOrdered } from '../order';
import type { Origin } from '../origins';
import { plainRecord, schemaFields } from '../plainRecord';
import { newNoteId, noteSchema, type Note } from '../records/note';
import { CommandError, placedRecords } from './commandSupport';

/** A copy keeps the note's content and its link to a touchpoint, never its facilitator lock. */
const COPIED = noteSchema.pick({ kind: true, stageId: true, touchpointId: true, text: true, cxArea: true });

/** Duplicates a sticky note into the slot right after it (Ctrl/Cmd+D), in one undoable step. Returns the copy's id. */
export function duplicateNote(doc: Y.Doc, id: string, origin?: Origin): string {
  return transactCommand(
    doc,
    () => {
      const rec = getRecord(doc, 'notes', id);
      if (!rec) throw new CommandError(`note ${id} does not exist`);
      const fields = COPIED.safeParse(plainRecord(rec, schemaFields(noteSchema)));
      if (!fields.success) throw new CommandError(`note ${id} cannot be copied`);
      const { kind, stageId } = fields.data;
      const siblings = sortOrdered(
        placedRecords(doc, 'notes').filter((n) => n.kind === kind && n.stageId === stageId),
      );
      const copy: Note = {
        ...fields.data,
        id: newNoteId(),
        order: orderKeyAt(siblings, siblings.findIndex((n) => n.id === id) + 1),
      };
      putRecord(doc, 'notes', copy);
      return copy.id;
    },
    origin,
  );
}
