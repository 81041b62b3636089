import type * as Y from 'yjs';
import { getRecord, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import type { TouchpointWrite } from '../sheet/planSheetImport';
import { placeKey } from '../sheet/sheetPlaces';
import { sortOrdered } from '../order';
import { CommandError, parseInput, placedRecords } from './commandSupport';
import { requireCardUnlocked, requireStructureUnlocked } from './locks';
import { addStage } from './stages';
import { addTouchpoint, editableTouchpointSchema, moveTouchpoint, updateTouchpoint } from './touchpoints';
import { readTextValue } from '../text/collabText';

export interface SheetImportResult {
  readonly updated: number;
  readonly added: number;
  readonly stagesAdded: number;
}

/**
 * Applies a planned spreadsheet import (`planSheetImport`) as one command: one transaction, so one
 * undo step and one update on the wire. Stages are found by name in the doc as it is now (a peer may
 * have added one since the plan) and missing ones are added after the others. Everything is checked
 * before anything is written (a card deleted or locked meanwhile, locked stages, a bad value), so a
 * refused import writes nothing.
 */
export function applySheetImport(
  doc: Y.Doc,
  writes: readonly TouchpointWrite[],
  origin?: Origin,
): SheetImportResult {
  for (const w of writes) parseInput(editableTouchpointSchema.partial(), w.edit);
  return transactCommand(
    doc,
    () => {
      const stages = liveStages(doc);
      const wanted: string[] = [];
      for (const w of writes) {
        if (w.id !== undefined) {
          const rec = getRecord(doc, 'touchpoints', w.id);
          if (!rec) throw new CommandError('a card in the import was deleted meanwhile; import again');
          if (w.move) requireCardUnlocked(rec);
        }
        const name = 'newName' in w.stage ? w.stage.newName : undefined;
        if (name !== undefined && !stages.byName.has(placeKey(name)) && !wanted.includes(name))
          wanted.push(name);
        if ('id' in w.stage && !stages.ids.has(w.stage.id))
          throw new CommandError('a stage in the import was deleted meanwhile; import again');
      }
      if (wanted.length > 0) requireStructureUnlocked(doc);
      for (const name of wanted) stages.byName.set(placeKey(name), addStage(doc, { name }, origin));
      const stageOf = (w: TouchpointWrite) =>
        'id' in w.stage ? w.stage.id : stages.byName.get(placeKey(w.stage.newName))!;
      let updated = 0;
      let added = 0;
      for (const w of writes) {
        if (w.id === undefined) {
          const id = addTouchpoint(doc, { ...w.edit, stageId: stageOf(w), laneId: w.laneId }, origin);
          if (w.edit.emotionSource)
            updateTouchpoint(doc, id, { emotionSource: w.edit.emotionSource }, origin);
          added++;
          continue;
        }
        if (Object.keys(w.edit).length > 0) updateTouchpoint(doc, w.id, w.edit, origin);
        if (w.move) moveTouchpoint(doc, w.id, { stageId: stageOf(w), laneId: w.laneId }, origin);
        updated++;
      }
      return { updated, added, stagesAdded: wanted.length };
    },
    origin,
  );
}

/** Live stages: their ids, and by name (first of equal names, left to right, wins, as in the plan). */
function liveStages(doc: Y.Doc): { ids: Set<string>; byName: Map<string, string> } {
  const live = sortOrdered(placedRecords(doc, 'stages').filter((s) => !s.deleted));
  const byName = new Map<string, string>();
  for (const s of live) {
    const name = readTextValue(getRecord(doc, 'stages', s.id)?.get('name'));
    if (name !== undefined && !byName.has(placeKey(name))) byName.set(placeKey(name), s.id);
  }
  return { ids: new Set(live.map((s) => s.id)), byName };
}
