import * as model from '../../model';
import { nudgeTarget, type NudgeDirection } from './nudgeTarget';
import type { MapSession } from './session/createMapSession';
import { restoreSelection, withSelectionMemo } from './session/watchUndo';
import { gate } from './actions/gate';
import { sentenceCase } from '../ui/sentenceCase';
import { selectionStillExists } from './store/editorStore';
import { runAsStep, typedField } from './undoSteps';

/**
 * User intent → model command → Y.Doc. The only place the editor writes the document; a refused
 * command (CommandError) becomes a visible message instead of an exception.
 */
export function createEditorActions(session: MapSession) {
  const { doc, store, undoManager } = session;
  const mayEdit = (): boolean => gate('editor', store);
  // Undo steps: every command is its own step, except a burst of typing into one field (`typing`
  // names the field), which merges until a pause longer than the UndoManager's captureTimeout.
  const run = <T>(fn: () => T, typing?: string): T | undefined => {
    // The one gate for map writes: commenters and viewers never write the map doc (the server
    // would drop it anyway), whatever control or shortcut asked.
    if (!mayEdit()) return undefined;
    try {
      return runAsStep(undoManager, typing, () =>
        withSelectionMemo(undoManager, store.getState().selection, fn),
      );
    } catch (err) {
      if (err instanceof model.CommandError) {
        store.setState({ error: sentenceCase(err.message) });
        return undefined;
      }
      throw err;
    }
  };
  const select = (selection: ReturnType<typeof store.getState>['selection']) =>
    store.setState({ selection, group: [] });
  /** Several touchpoints at once; one is a plain selection, none clears it. */
  const selectGroup = (ids: readonly string[]) =>
    ids.length >= 2
      ? store.setState({ selection: null, group: ids })
      : select(ids[0] ? { kind: 'touchpoint', id: ids[0] } : null);
  const map = () => store.getState().map;
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
    /** Types on the card itself: a touchpoint's title or a note's text (Enter, F2, double-click). */
    startEditing(kind: 'touchpoint' | 'note', id: string, selectAll = false) {
      if (!mayEdit()) return;
      store.setState({ selection: { kind, id }, group: [], editing: { kind, id, selectAll } });
    },
    stopEditing: () => store.setState({ editing: null }),
    setChannel: (id: string, channel: model.Channel) =>
      run(() => model.updateTouchpoint(doc, id, { channel })),
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

    addStage(index?: number) {
      const id = run(() => model.addStage(doc, { name: model.NEW_STAGE_NAME, index }));
      if (id) store.setState({ selection: { kind: 'stage', id }, renamingStageId: id });
      return id;
    },
    startRenamingStage: (id: string | null) => store.setState({ renamingStageId: id }),
    askDeleteStage: (id: string | null) => store.setState({ deletingStageId: id }),
    renameStage: (id: string, name: string) =>
      run(() => model.renameStage(doc, id, name), `stage:${id}:name`),
    moveStage: (id: string, index: number) => run(() => model.moveStage(doc, id, index)),
    deleteStage: (id: string, mode: model.DeleteStageMode) => run(() => model.deleteStage(doc, id, mode)),
    setLaneVisible: (id: string, visible: boolean) => run(() => model.setLaneVisible(doc, id, visible)),

    /** Adds a card to a cell (default: the selected card's stage, else the first stage) and selects it. */
    addTouchpoint(at?: { stageId: string; laneId?: string; index?: number }) {
      const m = map();
      const sel = store.getState().selection;
      const selected = sel?.kind === 'touchpoint' ? m?.touchpoints.find((t) => t.id === sel.id) : undefined;
      // A selected card lane cell takes the card (N after clicking a cell adds it there).
      const cell =
        sel?.kind === 'cell' && m?.lanes.some((l) => l.id === sel.laneId && model.isCardLane(l.kind))
          ? sel
          : undefined;
      const stageId =
        at?.stageId ??
        selected?.stageId ??
        cell?.stageId ??
        (sel?.kind === 'stage' ? sel.id : m?.stages[0]?.id);
      if (!stageId) {
        store.setState({ error: 'Add a stage first: touchpoints live in stages.' });
        return undefined;
      }
      const laneId = at ? at.laneId : cell?.laneId;
      const id = run(() => model.addTouchpoint(doc, { stageId, laneId, index: at?.index }));
      // The new card opens with its title selected on the card: typing replaces "New touchpoint".
      if (id)
        store.setState({
          selection: { kind: 'touchpoint', id },
          group: [],
          editing: { kind: 'touchpoint', id, selectAll: true },
        });
      return id;
    },
    updateTouchpoint: (id: string, patch: model.TouchpointEdit) =>
      run(() => model.updateTouchpoint(doc, id, patch), typedField(`tp:${id}`, patch)),
    setEmotion: (id: string, emotion: model.Emotion) => run(() => model.setEmotion(doc, id, emotion)),
    setHubOverride: (id: string, hub: model.HubOverride) => run(() => model.setHubOverride(doc, id, hub)),
    setEmotionSource: (id: string, source: model.EmotionSource) =>
      run(() => model.setEmotionSource(doc, id, source)),
    /**
     * Edits some VoC figures of a touchpoint; the others keep their value. `undefined` clears a figure,
     * and a VoC with nothing left is removed, so an emptied form leaves no empty object behind.
     */
    setVoc(id: string, patch: Partial<model.Voc>) {
      const merged: Record<string, unknown> = {
        ...map()?.touchpoints.find((t) => t.id === id)?.voc,
        ...patch,
      };
      const voc = Object.fromEntries(
        Object.entries(merged).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
      ) as model.Voc;
      return run(
        () => model.updateTouchpoint(doc, id, { voc: Object.keys(voc).length > 0 ? voc : undefined }),
        typedField(`tp:${id}:voc`, patch),
      );
    },
    moveTouchpoint: (id: string, to: { stageId: string; laneId?: string; index?: number }) =>
      run(() => model.moveTouchpoint(doc, id, to)),
    deleteTouchpoint: (id: string) => run(() => model.deleteTouchpoint(doc, id)),
    /** A dropped group: every card's new cell in one command, so one undo step. */
    moveTouchpoints: (moves: readonly model.TouchpointMove[]) => run(() => model.moveTouchpoints(doc, moves)),

    addNote(kind: model.NoteKind, stageId?: string, index?: number) {
      const target = stageId ?? map()?.stages[0]?.id;
      if (!target) {
        store.setState({ error: 'Add a stage first: notes live in stages.' });
        return undefined;
      }
      const text = model.NEW_NOTE_TEXT[kind];
      const id = run(() => model.addNote(doc, { kind, stageId: target, text, index }));
      if (id)
        store.setState({
          selection: { kind: 'note', id },
          group: [],
          editing: { kind: 'note', id, selectAll: true },
        });
      return id;
    },
    updateNote: (id: string, patch: model.NoteEdit) =>
      run(() => model.updateNote(doc, id, patch), typedField(`note:${id}`, patch)),
    moveNote: (id: string, to: { stageId: string; index?: number }) => run(() => model.moveNote(doc, id, to)),
    deleteNote: (id: string) => run(() => model.deleteNote(doc, id)),

    connect: (from: string, to: string) => run(() => model.connect(doc, from, to)),
    disconnect: (id: string) => run(() => model.disconnect(doc, id)),
    /** A route's reason (label) and rough volume per month; `undefined` leaves a field as it is. */
    setConnectionDetails: (id: string, details: { label?: string; volume?: number }) =>
      run(() => model.setConnectionDetails(doc, id, details), typedField(`conn:${id}`, details)),

    // Insights: this tab's view only, never the document.
    showHubs: (open: boolean) => store.setState({ hubsOpen: open, commentsTab: null }),
    /** Highlights one owner's cards (UNOWNED: the cards with no owner); null shows all. */
    setOwnerFilter: (owner: string | null) => store.setState({ ownerFilter: owner }),

    /** Delete key: removes the selected card, note or connection (stages ask first, elsewhere). */
    deleteSelection() {
      const { selection: sel, group } = store.getState();
      if (group.length > 0) {
        if (run(() => (model.deleteTouchpoints(doc, group), true))) select(null);
        return;
      }
      if (!sel) return;
      const remove =
        sel.kind === 'touchpoint'
          ? () => model.deleteTouchpoint(doc, sel.id)
          : sel.kind === 'note'
            ? () => model.deleteNote(doc, sel.id)
            : sel.kind === 'connection'
              ? () => model.disconnect(doc, sel.id)
              : undefined;
      // A refused delete (a locked card) keeps the selection, so the person sees what was refused.
      const done = remove && run(() => (remove(), true));
      if (done) select(null);
    },
    /** Ctrl/Cmd+D: copies the selected card or note into the slot after it and selects the copy. */
    duplicateSelection() {
      const { selection: sel, group } = store.getState();
      if (group.length > 0) {
        // Successive transactions inside one run: the UndoManager captures them as one step.
        const copies = run(() => group.map((id) => model.duplicateTouchpoint(doc, id)));
        if (copies) selectGroup(copies);
        return;
      }
      if (sel?.kind === 'touchpoint') {
        const id = run(() => model.duplicateTouchpoint(doc, sel.id));
        if (id) select({ kind: 'touchpoint', id });
      } else if (sel?.kind === 'note') {
        const id = run(() => model.duplicateNote(doc, sel.id));
        if (id) select({ kind: 'note', id });
      }
    },
    /**
     * Ctrl/Cmd+V (useClipboard.ts): copied cards, or one card per line of text, into the selected
     * cell or after the selected card (model/commands/pasteClip.ts). One command, so one undo step;
     * what was pasted becomes the selection.
     */
    paste(content: model.ClipboardContent) {
      const sel = store.getState().selection;
      const pasted = run(() => model.pasteClipboard(doc, content, sel?.kind === 'connection' ? null : sel));
      if (pasted?.touchpoints.length) selectGroup(pasted.touchpoints);
      else if (pasted?.notes.length) select({ kind: 'note', id: pasted.notes.at(-1)! });
    },
    /** Arrow keys: one slot, lane or stage along, as one move command (so one undo step). */
    nudgeSelection(direction: NudgeDirection) {
      const m = map();
      const nudge = m && nudgeTarget(m, store.getState().selection, direction);
      if (!nudge) return;
      if (nudge.kind === 'touchpoint') run(() => model.moveTouchpoint(doc, nudge.id, nudge.to));
      else if (nudge.kind === 'note') run(() => model.moveNote(doc, nudge.id, nudge.to));
      else run(() => model.moveStage(doc, nudge.id, nudge.index));
    },
    showShortcuts: (open: boolean) => store.setState({ shortcutsOpen: open }),
    undo: () => {
      if (mayEdit()) afterUndoRedo(undoManager.undo());
    },
    redo: () => {
      if (mayEdit()) afterUndoRedo(undoManager.redo());
    },
  };
}

export type EditorActions = ReturnType<typeof createEditorActions>;
