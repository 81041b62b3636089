import { NEWER_SCHEMA_MESSAGE, PREVIEW_MESSAGE, readOnlyMessage } from '../access/readOnlyMessage';
import { selectCanEdit, type EditorState, type EditorStore } from '../store/editorStore';
import type { Needs } from './types';

export const NEEDS = ['nothing', 'editor', 'seat'] as const satisfies readonly Needs[];

/**
 * Whether this person may run an action that needs `needs`. Editors edit unless the map is frozen
 * for them; the seat is open to any editor, frozen or not (a free seat is free). The server
 * enforces the same rules; this check only spares a write it would drop.
 */
export function mayAct(needs: Needs, state: EditorState): boolean {
  if (needs === 'nothing') return true;
  // A map saved by a newer Journey: this tab does not know its format, so it writes nothing.
  if (needs === 'seat') return state.access.role === 'editor' && state.newerSchema === null;
  return selectCanEdit(state);
}

/**
 * The one permission gate of the editor: every control, key and panel that writes goes through it.
 * A refusal is visible: the editor's message says what this person may do instead.
 */
export function gate(needs: Needs, store: EditorStore): boolean {
  const state = store.getState();
  if (mayAct(needs, state)) return true;
  store.setState({ error: refusal(state) });
  return false;
}

/** Why this person may not edit now: the newer format, a previewed version, or their role. */
function refusal(state: EditorState): string {
  if (state.newerSchema !== null) return NEWER_SCHEMA_MESSAGE;
  if (state.preview !== null && state.access.role === 'editor') return PREVIEW_MESSAGE;
  return readOnlyMessage(state.access.role);
}
