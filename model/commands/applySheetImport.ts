import type * as Y from 'yjs';
import { getRecord, transactCommand } from '../docLayout';
import { sortOrdered } from '../order';
import type { Origin } from '../origins';
import { connectionId } from '../records/connection';
import type { NoteWrite, RouteWrite } from '../sheet/planSheetExtras';
import type { TouchpointWrite } from '../sheet/planSheetImport';
import { placeKey, type StagePlace } from '../sheet/sheetPlaces';
import { readTextValue } from '../text/collabText';
import { CommandError, parseInput, placedRecords } from './commandSupport';
import { connect, setConnectionDetails } from './connections';
import { requireCardUnlocked, requireStructureUnlocked } from './locks';
import { addNote, moveNote, updateNote } from './notes';
import { placeByOrder, type OrderedRow } from './sheetImportOrder';
import { addStage } from './stages';
import { addTouchpoint, editableTouchpointSchema, moveTouchpoint, updateTouchpoint } from './touchpoints';

/** What a confirmed import writes (a `SheetImportPlan` is one). */
export interface SheetImportWrites {
  readonly writes: readonly TouchpointWrite[];
  readonly notes?: { readonly writes: readonly NoteWrite[] };
  readonly routes?: { readonly writes: readonly RouteWrite[] };
}

export interface SheetImportResult {
  readonly updated: number;
  readonly added: number;
  readonly stagesAdded: number;
  /** Notes and routes added or changed. */
  readonly notes: number;
  readonly routes: number;
}

/**
 * Applies a planned spreadsheet import (`planSheetImport`) as one command: one transaction, so one
 * undo step and one update on the wire. Stages are found by name in the doc as it is now (a peer may
 * have added one since the plan) and missing ones are added after the others; cards first, then
 * notes and routes, which name cards by id (a new row's Id cell means the card it became).
 * Everything is checked before anything is written (a record deleted or locked meanwhile, locked
 * stages, a bad value), so a refused import writes nothing.
 */
export function applySheetImport(doc: Y.Doc, plan: SheetImportWrites, origin?: Origin): SheetImportResult {
  const { writes } = plan;
  const notes = plan.notes?.writes ?? [];
  const routes = plan.routes?.writes ?? [];
  for (const w of writes) parseInput(editableTouchpointSchema.partial(), w.edit);
  return transactCommand(
    doc,
    () => {
      const stages = liveStages(doc);
      const wanted: string[] = [];
      const needStage = (place: StagePlace) => {
        if ('id' in place) {
          if (!stages.ids.has(place.id))
            throw new CommandError('a stage in the import was deleted meanwhile; import again');
        } else if (!stages.byName.has(placeKey(place.newName)) && !wanted.includes(place.newName))
          wanted.push(place.newName);
      };
      const newRefs = new Set(writes.flatMap((w) => (w.id === undefined && w.sheetId ? [w.sheetId] : [])));
      const needCard = (ref: string) => {
        if (!newRefs.has(ref) && !getRecord(doc, 'touchpoints', ref))
          throw new CommandError('a card in the import was deleted meanwhile; import again');
      };
      for (const w of writes) {
        if (w.id !== undefined) {
          needCard(w.id);
          if (w.move || w.reorder) requireCardUnlocked(getRecord(doc, 'touchpoints', w.id)!);
        }
        needStage(w.stage);
      }
      for (const n of notes) {
        needStage(n.stage);
        if (n.cardRef) needCard(n.cardRef);
        if (n.id === undefined) continue;
        const rec = getRecord(doc, 'notes', n.id);
        if (!rec) throw new CommandError('a note in the import was deleted meanwhile; import again');
        if (n.move) requireCardUnlocked(rec);
      }
      for (const r of routes) [r.from, r.to].forEach(needCard);
      if (wanted.length > 0) requireStructureUnlocked(doc);
      for (const name of wanted) stages.byName.set(placeKey(name), addStage(doc, { name }, origin));
      const stageOf = (place: StagePlace) =>
        'id' in place ? place.id : stages.byName.get(placeKey(place.newName))!;

      const created = new Map<string, string>();
      const createdIds: (string | undefined)[] = [];
      let updated = 0;
      for (const w of writes) {
        if (w.id === undefined) {
          const id = addTouchpoint(doc, { ...w.edit, stageId: stageOf(w.stage), laneId: w.laneId }, origin);
          if (w.edit.emotionSource)
            updateTouchpoint(doc, id, { emotionSource: w.edit.emotionSource }, origin);
          if (w.sheetId) created.set(w.sheetId, id);
          createdIds.push(id);
          continue;
        }
        if (Object.keys(w.edit).length > 0) updateTouchpoint(doc, w.id, w.edit, origin);
        if (w.move) moveTouchpoint(doc, w.id, { stageId: stageOf(w.stage), laneId: w.laneId }, origin);
        createdIds.push(undefined);
        updated++;
      }
      const ordered: OrderedRow[] = [];
      writes.forEach((w, i) => {
        const id = w.id ?? createdIds[i];
        if (w.order && id)
          ordered.push({ id, order: w.order, place: w.id === undefined || w.move || !!w.reorder });
      });
      placeByOrder(doc, ordered, origin);
      const cardOf = (ref: string) => created.get(ref) ?? ref;
      for (const n of notes) writeNote(doc, n, stageOf(n.stage), n.cardRef && cardOf(n.cardRef), origin);
      for (const r of routes) writeRoute(doc, r, cardOf(r.from), cardOf(r.to), origin);
      const added = writes.length - updated;
      return { updated, added, stagesAdded: wanted.length, notes: notes.length, routes: routes.length };
    },
    origin,
  );
}

function writeNote(doc: Y.Doc, n: NoteWrite, stageId: string, card: string | undefined, origin?: Origin) {
  const { text, cxArea, ...rest } = n.edit;
  if (n.id === undefined) {
    const id = addNote(doc, { kind: n.kind, stageId, text, touchpointId: card || undefined, cxArea }, origin);
    if (Object.keys(rest).length > 0) updateNote(doc, id, rest, origin);
    return;
  }
  updateNote(doc, n.id, { ...n.edit, touchpointId: card || undefined }, origin);
  if (n.move) moveNote(doc, n.id, { stageId }, origin);
}

function writeRoute(doc: Y.Doc, r: RouteWrite, from: string, to: string, origin?: Origin) {
  const id = getRecord(doc, 'connections', connectionId(from, to))
    ? connectionId(from, to)
    : connect(doc, from, to, r.label, origin);
  setConnectionDetails(doc, id, { label: r.label, volume: r.volume }, origin);
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
