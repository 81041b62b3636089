import type * as Y from 'yjs';
import { z } from 'zod';
import { patchRecord, putRecord, rawRecords, removeRecord, transactCommand } from '../docLayout';
import { orderKeyAt } from '../order';
import type { Origin } from '../origins';
import {
  isNoteKind,
  newNoteId,
  NOTE_KIND_TRAITS,
  NOTE_KINDS,
  noteSchema,
  type Note,
  type NoteKind,
} from '../records/note';
import { CommandError, editPatch, parseInput, placedRecords, requireRecord } from './commandSupport';
import { requireCardUnlocked } from './locks';

const editableSchema = noteSchema.pick({
  text: true,
  cxArea: true,
  touchpointId: true,
  whys: true,
  owner: true,
  evidence: true,
});
export type NoteEdit = Partial<z.infer<typeof editableSchema>>;

function requireLiveStage(doc: Y.Doc, stageId: string): void {
  const stage = placedRecords(doc, 'stages').find((s) => s.id === stageId);
  if (!stage || stage.deleted) throw new CommandError(`stage ${stageId} does not exist`);
}

function cellSiblings(doc: Y.Doc, kind: NoteKind, stageId: string) {
  return placedRecords(doc, 'notes').filter((n) => n.kind === kind && n.stageId === stageId);
}

/** What a new note says until someone types (the editor selects it, so typing replaces it). */
export const NEW_NOTE_TEXT = Object.fromEntries(
  NOTE_KINDS.map((kind) => [kind, NOTE_KIND_TRAITS[kind].newText]),
) as Readonly<Record<NoteKind, string>>;

/** "opportunities": the note kinds that serve a CX area, named in the refusal. */
const ACTIONABLE_PLURALS = new Intl.ListFormat('en').format(
  NOTE_KINDS.filter((k) => NOTE_KIND_TRAITS[k].actionable).map((k) =>
    NOTE_KIND_TRAITS[k].plural.toLowerCase(),
  ),
);

/** Adds a pain point or opportunity sticky note to a stage (optionally tied to a touchpoint). */
export function addNote(
  doc: Y.Doc,
  input: {
    kind: NoteKind;
    stageId: string;
    text?: string;
    touchpointId?: string;
    cxArea?: Note['cxArea'];
    index?: number;
  },
  origin?: Origin,
): string {
  return transactCommand(
    doc,
    () => {
      requireLiveStage(doc, input.stageId);
      if (input.touchpointId) requireRecord(doc, 'touchpoints', input.touchpointId);
      const siblings = cellSiblings(doc, input.kind, input.stageId);
      const record = parseInput(noteSchema, {
        id: newNoteId(),
        kind: input.kind,
        stageId: input.stageId,
        touchpointId: input.touchpointId,
        text: input.text ?? '',
        // The kind may come from outside (an API call): the schema refuses an unknown one.
        cxArea: isNoteKind(input.kind) && NOTE_KIND_TRAITS[input.kind].actionable ? input.cxArea : undefined,
        order: orderKeyAt(siblings, input.index ?? siblings.length),
      });
      putRecord(doc, 'notes', record);
      return record.id;
    },
    origin,
  );
}

export function updateNote(doc: Y.Doc, id: string, patch: NoteEdit, origin?: Origin): void {
  const write = editPatch(editableSchema, patch);
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'notes', id);
      if (typeof write.touchpointId === 'string') requireRecord(doc, 'touchpoints', write.touchpointId);
      // Same rule as addNote: only an opportunity serves a CX area.
      const kind = rec.get('kind');
      if (write.cxArea !== undefined && !(isNoteKind(kind) && NOTE_KIND_TRAITS[kind].actionable)) {
        throw new CommandError(`only ${ACTIONABLE_PLURALS} have a CX area`);
      }
      patchRecord(doc, 'notes', id, write);
    },
    origin,
  );
}

/** Moves a note to another stage (same lane kind) or reorders it inside its cell. */
export function moveNote(
  doc: Y.Doc,
  id: string,
  to: { stageId: string; index?: number },
  origin?: Origin,
): void {
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'notes', id);
      requireCardUnlocked(rec);
      requireLiveStage(doc, to.stageId);
      const kind = rec.get('kind') as NoteKind;
      const siblings = cellSiblings(doc, kind, to.stageId).filter((n) => n.id !== id);
      patchRecord(doc, 'notes', id, {
        stageId: to.stageId,
        order: orderKeyAt(siblings, to.index ?? siblings.length),
      });
    },
    origin,
  );
}

export function deleteNote(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireCardUnlocked(requireRecord(doc, 'notes', id));
      removeNoteRecord(doc, id);
    },
    origin,
  );
}

/** The removal itself, shared with deleteStage: a note's actions go with it. */
export function removeNoteRecord(doc: Y.Doc, id: string): void {
  removeRecord(doc, 'notes', id);
  for (const [aid, raw] of rawRecords(doc, 'actions')) {
    const a = raw as { noteId?: unknown } | null;
    if (a && a.noteId === id) removeRecord(doc, 'actions', aid);
  }
}
