import * as model from '../../../model';
import { restoreSelection } from '../session/watchUndo';
import { selectionStillExists } from '../store/editorStore';
import type { CommandKit } from './commandKit';
import { futureWrites } from './futureApi';

/** The selection and what acts on it (Delete, Ctrl/Cmd+D, paste, arrows, undo), and view state. */
export function selectionApi(kit: CommandKit) {
  const { doc, store, undoManager, mayEdit, run, select, selectGroup, map } = kit;
  const future = futureWrites(kit);
  /** After undo/redo, leave a sensible selection (see restoreSelection). */
  const afterUndoRedo = (item: Parameters<typeof restoreSelection>[1]) => {
    const { selection, map: m } = store.getState();
    const next = restoreSelection(selection, item, (sel) => !!m && selectionStillExists(sel, m));
    if (next !== selection) select(next);
  };
  return {
    select,
    selectGroup,
    /** Shift-click: adds a card to the selection (a selected card joins the group) or takes it out. */
    toggleInGroup(id: string) {
      const { group, selection } = store.getState();
      const current = group.length > 0 ? group : selection?.kind === 'touchpoint' ? [selection.id] : [];
      selectGroup(current.includes(id) ? current.filter((g) => g !== id) : [...current, id]);
    },
    clearError: () => store.setState({ error: null }),
    /** Delete key: removes the group or the selected card, note or connection (stages ask first). */
    deleteSelection() {
      const { selection, group } = store.getState();
      if (!model.deletesSomething(selection, group)) return;
      // In the future view Delete marks cards removed (model/future); they stay in the current state.
      const cards = group.length > 0 ? group : selection?.kind === 'touchpoint' ? [selection.id] : [];
      const handled = future.deleteCards(cards);
      if (handled !== undefined) return void (handled && select(null));
      // A refused delete (a locked card) keeps the selection, so the person sees what was refused.
      if (run(() => (model.deleteSelected(doc, selection, group), true))) select(null);
    },
    /** Ctrl/Cmd+D: copies the selected card, note or group into the slot after each; selects the copies. */
    duplicateSelection() {
      const { selection, group } = store.getState();
      if (!model.duplicatesSomething(selection, group)) return;
      const copies = run(
        future.making(() => model.duplicateSelected(doc, selection, group), model.duplicatedCards),
      );
      if (copies?.kind === 'touchpoints') selectGroup(copies.ids);
      else if (copies) select({ kind: copies.kind, id: copies.id });
    },
    /**
     * Ctrl/Cmd+V (useClipboard.ts): copied cards, or one card per line of text, into the selected
     * cell or after the selected card (model/commands/pasteClip.ts). One command, so one undo step;
     * what was pasted becomes the selection.
     */
    paste(content: model.ClipboardContent) {
      const sel = store.getState().selection;
      const target = sel?.kind === 'connection' ? null : sel;
      const pasted = run(
        future.making(
          () => model.pasteClipboard(doc, content, target),
          (p) => p.touchpoints,
        ),
      );
      if (pasted?.touchpoints.length) selectGroup(pasted.touchpoints);
      else if (pasted?.notes.length) select({ kind: 'note', id: pasted.notes.at(-1)! });
    },
    /** Arrow keys: one slot, lane or stage along (model/commands/nudge.ts), so one undo step. */
    nudgeSelection(direction: model.NudgeDirection) {
      const m = map();
      const nudge = m && model.nudgeTarget(m, store.getState().selection, direction);
      if (nudge) run(() => model.applyNudge(doc, nudge));
    },
    showShortcuts: (open: boolean) => store.setState({ shortcutsOpen: open }),
    // Insights: this tab's view only, never the document.
    showHubs: (open: boolean) => store.setState({ hubsOpen: open, commentsTab: null }),
    /** Highlights one owner's cards (UNOWNED: the cards with no owner); null shows all. */
    setOwnerFilter: (owner: string | null) => store.setState({ ownerFilter: owner }),
    /** Issue 21: the linked personas shown (their curves; cards none of them uses dimmed); [] = all. */
    setPersonaFilter: (ids: readonly string[]) => store.setState({ personaFilter: ids }),
    undo: () => {
      if (mayEdit()) afterUndoRedo(undoManager.undo());
    },
    redo: () => {
      if (mayEdit()) afterUndoRedo(undoManager.redo());
    },
  };
}
