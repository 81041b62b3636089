import { useCallback, useMemo, useRef } from 'react';
import type { NodeChange } from '@xyflow/react';
import type { EditorActions } from '../editorActions';
import type { EditorStore, FlowPoint } from '../store/editorStore';
import { slotInMap } from '../../../model';
import { commitDrop, groupMoves, type SlotInMap } from './commitDrop';
import { drawnOf } from '../store/drawnLayout';
import type { CanvasNode } from './nodeTypes';

/**
 * React Flow handlers for dragging and box-selecting. Mid-drag positions live in the store's `drag`
 * (this tab draws them, presence publishes them to peers); the doc changes once, on drop: one
 * command for one card or stage, one `moveTouchpoints` for a selected group. Shift+drag on the pane
 * draws a box whose touchpoints become the selection.
 */
export function useCanvasDrag(store: EditorStore, actions: EditorActions) {
  // Touchpoints inside the selection box while it is drawn; null when no box is being drawn.
  const boxed = useRef<Set<string> | null>(null);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      let moved: Map<string, FlowPoint> | null = null;
      for (const c of changes) {
        if (c.type === 'position' && c.dragging && c.position) {
          moved ??= new Map(store.getState().drag?.positions);
          moved.set(c.id, c.position);
        } else if (c.type === 'select' && boxed.current && isTouchpointId(store, c.id)) {
          if (c.selected) boxed.current.add(c.id);
          else boxed.current.delete(c.id);
        }
      }
      if (moved) store.setState({ drag: { positions: moved } });
    },
    [store],
  );

  const drop = useCallback(() => {
    const { map: live, drag } = store.getState();
    // Where the cards were let go is read in the layout drawn (the future state may hide cards).
    const { map: drawn, layout } = drawnOf(store);
    store.setState({ drag: null });
    if (!layout || !drag || !live || !drawn) return;
    const toMapSlot: SlotInMap = (cell, index, moving) => slotInMap(live, drawn, cell, index, moving);
    if (drag.positions.size > 1) {
      const moves = groupMoves(layout, drag.positions, toMapSlot);
      if (moves) actions.moveTouchpoints(moves);
      return;
    }
    const [entry] = drag.positions;
    if (!entry) return;
    const [id, p] = entry;
    const type = id.startsWith('stage:') ? 'stageHeader' : layout.cards.has(id) ? 'touchpoint' : 'note';
    const rect = layout.cards.get(id) ?? layout.notes.get(id);
    const column = layout.columns.find((c) => `stage:${c.stageId}` === id);
    commitDrop(
      layout,
      actions,
      {
        id,
        type,
        x: p.x,
        y: p.y,
        width: rect?.width ?? column?.width ?? 0,
        height: rect?.height ?? 0,
      },
      toMapSlot,
    );
  }, [store, actions]);

  return useMemo(
    () => ({
      onNodesChange,
      onNodeDragStop: drop,
      // Dragging the box React Flow draws around a box selection moves the group too.
      onSelectionDragStop: drop,
      onSelectionStart: () => {
        boxed.current = new Set();
      },
      onSelectionEnd: () => {
        const ids = boxed.current;
        boxed.current = null;
        if (ids) actions.selectGroup([...ids]);
      },
    }),
    [onNodesChange, drop, actions],
  );
}

function isTouchpointId(store: EditorStore, id: string): boolean {
  return !!store.getState().layout?.cards.has(id);
}
