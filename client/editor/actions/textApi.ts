import * as model from '../../../model';
import { typedField } from '../undoSteps';
import type { CommandKit } from './commandKit';

/** Typing: in place on a card or a stage name, into collaborative text fields, the map's header. */
export function textApi(kit: CommandKit) {
  const { doc, store, undoManager, mayEdit, run } = kit;
  return {
    /** Types on the card itself: a touchpoint's title or a note's text (Enter, F2, double-click). */
    startEditing(kind: 'touchpoint' | 'note', id: string, selectAll = false) {
      if (!mayEdit()) return;
      store.setState({ selection: { kind, id }, group: [], editing: { kind, id, selectAll } });
    },
    stopEditing: () => store.setState({ editing: null }),
    /**
     * Typing into a collaborative text field (see text/useCollabText): one edit per input event; a
     * burst of typing into one field is one undo step.
     */
    editText: (target: model.TextTarget, edit: model.TextEdit) =>
      run(() => model.editText(doc, target, edit), model.textTargetKey(target)),
    /**
     * Editing a text in place (a card's title, a stage's name): returns a mark in this person's undo
     * history, so Escape can take back exactly their typing since (cancelTyping), nobody else's.
     */
    beginTyping(): number {
      undoManager.stopCapturing();
      return undoManager.undoStack.length;
    },
    cancelTyping(mark: number) {
      while (undoManager.undoStack.length > mark) if (!undoManager.undo()) break;
    },
    /** "+ Why": an empty why at the end of the chain; returns its index (the caller focuses it). */
    addWhy: (noteId: string) => run(() => model.addWhy(doc, noteId)),
    removeWhy: (noteId: string, index: number) => run(() => model.removeWhy(doc, noteId, index)),
    setMapInfo: (patch: Partial<model.MapInfo>) =>
      run(() => model.setMapInfo(doc, patch), typedField('map', patch)),
    startRenamingStage: (id: string | null) => store.setState({ renamingStageId: id }),
    renameStage: (id: string, name: string) =>
      run(() => model.renameStage(doc, id, name), `stage:${id}:name`),
  };
}
