import type * as Y from 'yjs';
import type { z } from 'zod';
import { getRecord, patchRecord, putRecord, rawRecords, removeRecord, transactCommand } from '../docLayout';
import { orderKeyAtEnd } from '../order';
import type { Origin } from '../origins';
import { actionSchema, newActionId, type ActionStatus } from '../records/action';
import { isNoteKind, NOTE_KIND_TRAITS } from '../records/note';
import { CommandError, editPatch, parseInput, placedRecords, requireRecord } from './commandSupport';

/** Fields a person edits on an action (the panel, the actions page, the matrix). */
export const editableActionSchema = actionSchema.pick({
  title: true,
  status: true,
  owner: true,
  ownerId: true,
  due: true,
  cxArea: true,
  value: true,
  effort: true,
  link: true,
  touchpointIds: true,
});
export type ActionEdit = Partial<z.infer<typeof editableActionSchema>>;

export interface NewAction extends ActionEdit {
  readonly noteId: string;
  readonly title: string;
}

/** The note must exist and be a kind that holds actions (an opportunity or a pain point). */
function requireHolder(doc: Y.Doc, noteId: string): void {
  const note = requireRecord(doc, 'notes', noteId);
  const kind = note.get('kind');
  if (!isNoteKind(kind) || !NOTE_KIND_TRAITS[kind].holdsActions) {
    throw new CommandError(`note ${noteId} cannot hold actions`);
  }
}

/** Adds an action to an opportunity or pain point, last among its actions; returns its id. */
export function addAction(doc: Y.Doc, input: NewAction, origin?: Origin, now: number = Date.now()): string {
  const id = newActionId();
  const fields = editPatch(editableActionSchema, input);
  const record = parseInput(actionSchema, {
    status: 'idea',
    ...fields,
    id,
    noteId: input.noteId,
    title: input.title.trim(),
    createdAt: now,
    order: 'a0',
  });
  transactCommand(
    doc,
    () => {
      requireHolder(doc, input.noteId);
      const siblings = placedRecords(doc, 'actions').filter((a) => noteIdOf(doc, a.id) === input.noteId);
      putRecord(doc, 'actions', { ...record, order: orderKeyAtEnd(siblings), statusAt: now });
    },
    origin,
  );
  return id;
}

/** Edits an action's fields; `undefined` clears an optional one. A status change stamps `statusAt`. */
export function updateAction(
  doc: Y.Doc,
  id: string,
  patch: ActionEdit,
  origin?: Origin,
  now: number = Date.now(),
): void {
  const write = editPatch(editableActionSchema, patch);
  if ('title' in write && typeof write.title === 'string') write.title = write.title.trim();
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'actions', id);
      if (write.status !== undefined && write.status !== rec.get('status')) write.statusAt = now;
      patchRecord(doc, 'actions', id, write);
    },
    origin,
  );
}

export function setActionStatus(doc: Y.Doc, id: string, status: ActionStatus, origin?: Origin): void {
  updateAction(doc, id, { status }, origin);
}

export function deleteAction(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      if (!removeRecord(doc, 'actions', id)) throw new CommandError(`action ${id} does not exist`);
    },
    origin,
  );
}

function noteIdOf(doc: Y.Doc, actionId: string): unknown {
  return getRecord(doc, 'actions', actionId)?.get('noteId');
}

/** Every stored action's id and note (unvalidated): for tests and the server's index. */
export function actionNoteIds(doc: Y.Doc): Array<[string, unknown]> {
  return rawRecords(doc, 'actions', ['noteId']).map(([id, raw]) => [
    id,
    (raw as { noteId?: unknown } | null)?.noteId,
  ]);
}
