import { useCallback, useMemo, type MouseEvent } from 'react';
import { useReactFlow, type Connection, type EdgeChange } from '@xyflow/react';
import { cellAt, isCardLane, noteKindOfLane, slotInMap } from '../../../model';
import type { EditorActions } from '../editorActions';
import { selectCanEdit, type EditorStore } from '../store/editorStore';
import { cellSelectionAt } from './CellHighlight';
import { drawnOf } from '../store/drawnLayout';
import type { CanvasNode, ConnectionEdge } from './nodeTypes';

/** React Flow's click, connect and double-click handlers, and the wrapper's double-click. */
export function useCanvasClicks(store: EditorStore, actions: EditorActions) {
  const flow = useReactFlow<CanvasNode, ConnectionEdge>();

  // An empty spot of a card or note lane selects its cell (the paste target, CellHighlight.tsx).
  // Such a click lands on the grid node (React Flow gives every node pointer events when there is
  // an onNodeClick), or on the pane around the grid, which clears the selection.
  const selectCellAt = useCallback(
    (e: MouseEvent) => {
      const l = drawnOf(store).layout;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      actions.select(l && selectCanEdit(store.getState()) ? cellSelectionAt(l, p.x, p.y) : null);
    },
    [store, flow, actions],
  );

  const onNodeClick = useCallback(
    (e: MouseEvent, node: CanvasNode) => {
      if (node.type === 'touchpoint' && e.shiftKey) actions.toggleInGroup(node.id);
      else if (node.type === 'touchpoint') actions.select({ kind: 'touchpoint', id: node.id });
      else if (node.type === 'note') actions.select({ kind: 'note', id: node.id });
      else if (node.type === 'stageHeader')
        actions.select({ kind: 'stage', id: node.id.slice('stage:'.length) });
      else if (node.type === 'grid') selectCellAt(e);
    },
    [actions, selectCellAt],
  );

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) actions.connect(c.source, c.target);
    },
    [actions],
  );

  /** Double-click an empty cell: a card in a card lane, a note in a note lane. */
  const onDoubleClick = useCallback(
    (e: MouseEvent) => {
      const target = e.target as HTMLElement;
      if (!selectCanEdit(store.getState())) return;
      if (
        target.closest(
          '.react-flow__node-touchpoint, .react-flow__node-note, .react-flow__node-stageHeader, .react-flow__controls, .react-flow__minimap',
        )
      )
        return;
      // The cell and slot under the pointer, in the layout drawn (the future state may hide cards).
      const live = store.getState().map;
      const { map: drawn, layout: l } = drawnOf(store);
      if (!l || !live || !drawn) return;
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const cell = cellAt(l, p.x, p.y);
      if (!cell) return;
      const { index } = cell;
      if (isCardLane(cell.kind))
        actions.addTouchpoint({
          stageId: cell.stageId,
          laneId: cell.laneId,
          index: slotInMap(live, drawn, cell, index),
        });
      else {
        const noteKind = noteKindOfLane(cell.kind);
        if (noteKind) actions.addNote(noteKind, cell.stageId, index);
      }
    },
    [store, flow, actions],
  );

  const onEdgeClick = useCallback(
    (_e: MouseEvent, edge: ConnectionEdge) => actions.select({ kind: 'connection', id: edge.id }),
    [actions],
  );
  const onPaneClick = useCallback((e: MouseEvent) => selectCellAt(e), [selectCellAt]);
  const onEdgesChange = useCallback((_changes: EdgeChange<ConnectionEdge>[]) => undefined, []);

  const flowHandlers = useMemo(
    () => ({ onNodeClick, onEdgeClick, onPaneClick, onConnect, onEdgesChange }),
    [onNodeClick, onEdgeClick, onPaneClick, onConnect, onEdgesChange],
  );
  return { flow: flowHandlers, onDoubleClick };
}
