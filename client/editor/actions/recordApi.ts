import * as model from '../../../model';
import { typedField } from '../undoSteps';
import type { CommandKit } from './commandKit';
import { futureWrites } from './futureApi';

/** The map's records: stages, lanes, touchpoints, notes and connections, one command each. */
export function recordApi(kit: CommandKit) {
  const { doc, store, run, map, startTypingOn } = kit;
  const future = futureWrites(kit);
  return {
    addStage(index?: number) {
      const id = run(() => model.addStage(doc, { name: model.NEW_STAGE_NAME, index }));
      if (id) store.setState({ selection: { kind: 'stage', id }, renamingStageId: id });
      return id;
    },
    askDeleteStage: (id: string | null) => store.setState({ deletingStageId: id }),
    moveStage: (id: string, index: number) => run(() => model.moveStage(doc, id, index)),
    deleteStage: (id: string, mode: model.DeleteStageMode) => run(() => model.deleteStage(doc, id, mode)),
    setLaneVisible: (id: string, visible: boolean) => run(() => model.setLaneVisible(doc, id, visible)),

    /** Adds a card (where: model/commands/newCardPlace.ts) and opens it for typing its title. */
    addTouchpoint(at?: model.CardPlace) {
      const place = model.newCardPlace(map(), store.getState().selection, at);
      if (!place) {
        store.setState({ error: 'Add a stage first: touchpoints live in stages.' });
        return undefined;
      }
      // In the future view the card exists only in the future (model/future).
      const id = (future.addTouchpoint(place) ?? { id: run(() => model.addTouchpoint(doc, place)) }).id;
      // The new card opens with its title selected on the card: typing replaces "New touchpoint".
      if (id) startTypingOn('touchpoint', id);
      return id;
    },
    updateTouchpoint: (id: string, patch: model.TouchpointEdit) =>
      run(() => model.updateTouchpoint(doc, id, patch), typedField(`tp:${id}`, patch)),
    setChannel: (id: string, channel: model.Channel) =>
      run(() => model.updateTouchpoint(doc, id, { channel })),
    setEmotion: (id: string, emotion: model.Emotion) => run(() => model.setEmotion(doc, id, emotion)),
    /** A score picked on the card itself: in the future view, the to-be emotion the card shows. */
    setShownEmotion: (id: string, emotion: model.Emotion) =>
      future.setShownEmotion(id, emotion) ?? run(() => model.setEmotion(doc, id, emotion)),
    /** Issue 21: one persona's emotion at a card (null: back to the card's), and whether it uses the card. */
    setPersonaEmotion: (id: string, personaId: string, emotion: model.Emotion | null) =>
      run(() => model.setPersonaEmotion(doc, id, personaId, emotion)),
    setPersonaUse: (id: string, personaId: string, used: boolean) =>
      run(() => model.setPersonaUse(doc, id, personaId, used)),
    setHubOverride: (id: string, hub: model.HubOverride) => run(() => model.setHubOverride(doc, id, hub)),
    setEmotionSource: (id: string, source: model.EmotionSource) =>
      run(() => model.setEmotionSource(doc, id, source)),
    /** Edits some VoC figures of a touchpoint (model/commands/vocPatch.ts: the rest keep theirs). */
    setVoc(id: string, patch: Partial<model.Voc>) {
      const voc = model.mergeVoc(map()?.touchpoints.find((t) => t.id === id)?.voc, patch);
      return run(() => model.updateTouchpoint(doc, id, { voc }), typedField(`tp:${id}:voc`, patch));
    },
    /** A confirmed spreadsheet import (model/sheet): every row in one command, so one undo step. */
    importSheet: (plan: model.SheetImportWrites) => run(() => model.applySheetImport(doc, plan)),
    moveTouchpoint: (id: string, to: model.CardPlace) => run(() => model.moveTouchpoint(doc, id, to)),
    deleteTouchpoint: (id: string) => future.deleteCards([id]) ?? run(() => model.deleteTouchpoint(doc, id)),
    /** A dropped group: every card's new cell in one command, so one undo step. */
    moveTouchpoints: (moves: readonly model.TouchpointMove[]) => run(() => model.moveTouchpoints(doc, moves)),

    addNote(kind: model.NoteKind, stageId?: string, index?: number) {
      const target = model.newNoteStage(map(), stageId);
      if (!target) {
        store.setState({ error: 'Add a stage first: notes live in stages.' });
        return undefined;
      }
      const text = model.NEW_NOTE_TEXT[kind];
      const id = run(() => model.addNote(doc, { kind, stageId: target, text, index }));
      if (id) startTypingOn('note', id);
      return id;
    },
    updateNote: (id: string, patch: model.NoteEdit) =>
      run(() => model.updateNote(doc, id, patch), typedField(`note:${id}`, patch)),
    moveNote: (id: string, to: { stageId: string; index?: number }) => run(() => model.moveNote(doc, id, to)),
    deleteNote: (id: string) => run(() => model.deleteNote(doc, id)),

    connect: (from: string, to: string) => run(() => model.connect(doc, from, to)),
    disconnect: (id: string) => run(() => model.disconnect(doc, id)),
    /** A route's reason, volume per month, demand tag and cost per contact; `undefined` clears a field passed. */
    setConnectionDetails: (id: string, details: model.ConnectionDetails) =>
      run(() => model.setConnectionDetails(doc, id, details), typedField(`conn:${id}`, details)),
  };
}
