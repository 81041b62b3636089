import type { Touchpoint } from '../../../model';
import type { EditorState } from '../store/editorStore';

/** The one selected touchpoint, when it is still on the map: what the card keys act on. */
export function selectedCard(state: EditorState): Touchpoint | undefined {
  const { selection, map } = state;
  if (selection?.kind !== 'touchpoint') return undefined;
  return map?.touchpoints.find((t) => t.id === selection.id);
}
