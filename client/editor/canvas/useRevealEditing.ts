import { useLayoutEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEditor, useSession } from '../EditorContext';
import { drawnOf } from '../store/drawnLayout';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

/** Room kept around a card brought into view, in screen pixels (the quick bar sits under it). */
const MARGIN = 80;

/**
 * A card opened for typing must be on screen: on a big map only the cards near the view are in the
 * DOM, so a card added off screen (N adds to the end of a cell) would have no field to type into.
 * The view moves before the browser paints, in the same task as the "add", so the keys typed next
 * already find the card's field.
 */
export function useRevealEditing(): void {
  const { store } = useSession();
  const editing = useEditor((s) => s.editing);
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();
  const rf = useStoreApi<CanvasNode, ConnectionEdge>();
  useLayoutEffect(() => {
    // Where the card is drawn (the future state may hide cards, moving the others).
    const layout = drawnOf(store).layout;
    if (!editing || !layout) return;
    const rect = (editing.kind === 'touchpoint' ? layout.cards : layout.notes).get(editing.id);
    if (!rect) return;
    const { width, height, transform } = rf.getState();
    const [x, y, zoom] = transform;
    const left = rect.x * zoom + x;
    const top = rect.y * zoom + y;
    const right = left + rect.width * zoom;
    const bottom = top + rect.height * zoom;
    // The least move that brings the card (and the quick bar under it) into view: nothing when it is.
    const dx = left < 0 ? -left + 16 : right > width ? width - right - 16 : 0;
    const dy = top < 0 ? -top + 16 : bottom + MARGIN > height ? height - bottom - MARGIN : 0;
    if (dx === 0 && dy === 0) return;
    void flow.setViewport({ x: x + dx, y: y + dy, zoom });
    // Only a newly opened edit moves the view; the layout changing under it does not.
  }, [editing]);
}
