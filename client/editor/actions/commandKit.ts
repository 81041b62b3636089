import * as model from '../../../model';
import { sentenceCase } from '../../ui/sentenceCase';
import type { MapSession } from '../session/createMapSession';
import { withSelectionMemo } from '../session/watchUndo';
import type { Selection } from '../store/editorStore';
import { runAsStep } from '../undoSteps';
import { gate } from './gate';

/**
 * What every editor action builds on: the one way to run a model command against the open map.
 * `run` passes the permission gate (gate.ts), makes the command one undo step and turns a refused
 * command (CommandError) into a visible message instead of an exception.
 */
export function createCommandKit(session: Pick<MapSession, 'doc' | 'store' | 'undoManager'>) {
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
  const select = (selection: Selection) => store.setState({ selection, group: [] });
  /** Several touchpoints at once; one is a plain selection, none clears it. */
  const selectGroup = (ids: readonly string[]) =>
    ids.length >= 2
      ? store.setState({ selection: null, group: ids })
      : select(ids[0] ? { kind: 'touchpoint', id: ids[0] } : null);
  /** A new card or note: selected, with its text selected on it, so typing replaces the default. */
  const startTypingOn = (kind: 'touchpoint' | 'note', id: string) =>
    store.setState({ selection: { kind, id }, group: [], editing: { kind, id, selectAll: true } });
  const map = () => store.getState().map;
  return { doc, store, undoManager, mayEdit, run, select, selectGroup, startTypingOn, map };
}

export type CommandKit = ReturnType<typeof createCommandKit>;
