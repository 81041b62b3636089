import * as model from '../../../model';
import type { CommandKit } from './commandKit';

/**
 * Actions held by opportunities and pain points (issue 19: the follow-up after the workshop), one
 * command each, so each is one undo step of this person's; and the matrix view's open state.
 */
export function followUpApi(kit: CommandKit) {
  const { doc, store, run } = kit;
  return {
    /** A new action, last on its note; returns its id (the panel puts the caret in its title). */
    addAction: (noteId: string, fields: model.ActionEdit = {}) =>
      run(() => model.addAction(doc, { ...fields, noteId, title: fields.title ?? '' })),
    /** Edits fields; `undefined` clears one. Several fields at once (a matrix drop) are one step. */
    updateAction: (id: string, patch: model.ActionEdit) => run(() => model.updateAction(doc, id, patch)),
    deleteAction: (id: string) => run(() => model.deleteAction(doc, id)),
    /** The value × effort matrix: this tab's view only, never the document. */
    showMatrix: (open: boolean) => store.setState({ matrixOpen: open }),
  };
}
