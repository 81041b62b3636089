import type { StoreApi } from 'zustand';
import { MAP_VARIANT_VIEWS, type MapVariantView } from '../../../model';
import type { EditorState } from '../store/editorStore';

/**
 * The future state's view (current, future or both) is this tab's, never the document's; it is kept
 * per map in sessionStorage so a reload shows the state the person was working in (a card added
 * after a reload then goes where it did before). Returns the unsubscribe.
 */
export function keepVariantView(mapId: string, store: StoreApi<EditorState>): () => void {
  const key = `journey.variantView.${mapId}`;
  const kept = read(key);
  if (kept) store.setState({ variantView: kept });
  return store.subscribe((state, prev) => {
    if (state.variantView === prev.variantView) return;
    try {
      sessionStorage.setItem(key, state.variantView);
    } catch {
      // Storage full or off: the view is simply not kept.
    }
  });
}

function read(key: string): MapVariantView | undefined {
  try {
    const value = sessionStorage.getItem(key);
    return MAP_VARIANT_VIEWS.find((v) => v === value);
  } catch {
    return undefined;
  }
}
