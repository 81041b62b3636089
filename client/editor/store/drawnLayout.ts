import type { EditorState, EditorStore } from './editorStore';
import { createVariantSnapshot, type VariantSnapshot } from './variantSnapshot';

const snapshots = new WeakMap<EditorStore, ReturnType<typeof createVariantSnapshot>>();

/**
 * The live map as this tab's variant view draws it (model/future: the current view hides added
 * cards, the future view removed ones, so rows shrink and slots move). Hit tests, the selected
 * cell's outline and "bring into view" read this, never the live layout, so a click lands where
 * the person sees it. Memoised per store on the map, its layout and the view.
 */
export function drawnOf(
  store: EditorStore,
  state: Pick<EditorState, 'map' | 'layout' | 'variantView'> = store.getState(),
): VariantSnapshot {
  let snapshot = snapshots.get(store);
  if (!snapshot) snapshots.set(store, (snapshot = createVariantSnapshot()));
  return snapshot(state.map, state.layout, state.variantView);
}
