import type * as Y from 'yjs';
import { patchRecord, putRecord, transactCommand } from '../docLayout';
import { orderKeyAt, sortOrdered } from '../order';
import type { Origin } from '../origins';
import { newStageId, stageSchema } from '../records/stage';
import { CommandError, parseInput, placedRecords, requireRecord } from './commandSupport';
import { requireNoLockedCards, requireStructureUnlocked } from './locks';
import { removeTouchpointRecord } from './touchpoints';
import { removeNoteRecord } from './notes';

const nameSchema = stageSchema.shape.name;

function liveStages(doc: Y.Doc) {
  return sortOrdered(placedRecords(doc, 'stages').filter((s) => !s.deleted));
}

/**
 * A deleted stage is only a tombstone for concurrent edits: to a command it does not exist. Editing it
 * would write invisible changes (an undo step that seems to do nothing), and deleting it again would
 * re-run the delete over cards that others added to it concurrently and that now show next door.
 */
function requireLiveStage(doc: Y.Doc, id: string): void {
  const rec = requireRecord(doc, 'stages', id);
  if (rec.get('deleted') === true) throw new CommandError(`stage ${id} does not exist`);
}

/** What a new stage is called until someone types (the editor selects it, so typing replaces it). */
export const NEW_STAGE_NAME = 'New stage';

/** Adds a stage at `index` among the live stages (default: at the end). Returns its id. */
export function addStage(doc: Y.Doc, input: { name: string; index?: number }, origin?: Origin): string {
  const name = parseInput(nameSchema, input.name.trim() || NEW_STAGE_NAME);
  return transactCommand(
    doc,
    () => {
      requireStructureUnlocked(doc);
      const stages = liveStages(doc);
      const id = newStageId();
      putRecord(doc, 'stages', { id, name, order: orderKeyAt(stages, input.index ?? stages.length) });
      return id;
    },
    origin,
  );
}

export function renameStage(doc: Y.Doc, id: string, name: string, origin?: Origin): void {
  const valid = parseInput(nameSchema, name.trim());
  transactCommand(
    doc,
    () => {
      requireLiveStage(doc, id);
      requireStructureUnlocked(doc);
      patchRecord(doc, 'stages', id, { name: valid });
    },
    origin,
  );
}

/** Moves a stage to `index` in the live order (the index it will have afterwards). */
export function moveStage(doc: Y.Doc, id: string, index: number, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireLiveStage(doc, id);
      requireStructureUnlocked(doc);
      patchRecord(doc, 'stages', id, { order: orderKeyAt(liveStages(doc), index, id) });
    },
    origin,
  );
}

export type DeleteStageMode =
  /** Move its touchpoints and notes to another stage (default: the previous one, else the next). */
  | { touchpoints: 'move'; to?: string }
  /** Delete its touchpoints (with their connections) and notes. */
  | { touchpoints: 'delete' };

/**
 * Deletes a stage and says what happens to its cards: moved or deleted, never orphaned. The stage
 * stays as a tombstone pointing at a neighbour, so a card someone adds to it concurrently moves there.
 */
export function deleteStage(doc: Y.Doc, id: string, mode: DeleteStageMode, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireLiveStage(doc, id);
      requireStructureUnlocked(doc);
      requireNoLockedCards(doc, { stageId: id });
      const stages = liveStages(doc);
      const at = stages.findIndex((s) => s.id === id);
      const neighbour = stages[at - 1] ?? stages[at + 1];
      let target = neighbour?.id;
      if (mode.touchpoints === 'move') {
        target = mode.to ?? neighbour?.id;
        if (!target || target === id || !stages.some((s) => s.id === target)) {
          throw new CommandError('there is no other stage to move the touchpoints to');
        }
      }
      const touchpoints = placedRecords(doc, 'touchpoints').filter((t) => t.stageId === id);
      const notes = placedRecords(doc, 'notes').filter((n) => n.stageId === id);
      if (mode.touchpoints === 'move' && target) {
        for (const t of touchpoints) patchRecord(doc, 'touchpoints', t.id, { stageId: target });
        for (const n of notes) patchRecord(doc, 'notes', n.id, { stageId: target });
      } else {
        for (const t of touchpoints) removeTouchpointRecord(doc, t.id);
        for (const n of notes) removeNoteRecord(doc, n.id);
      }
      patchRecord(doc, 'stages', id, { deleted: true, fallbackStageId: target });
    },
    origin,
  );
}
