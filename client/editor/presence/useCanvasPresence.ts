import { useEffect, useMemo, useRef, type PointerEvent } from 'react';
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { usePresence } from './usePresence';

/**
 * Canvas handlers that publish this person's pointer (in flow coordinates) and viewport, and stop
 * follow mode when they pan or zoom themselves. Spread onto the canvas wrapper and <ReactFlow>.
 */
export function useCanvasPresence() {
  const presence = usePresence();
  const flow = useReactFlow();
  const rf = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // The last pointer position on screen: a zoom under a still pointer moves it in flow coordinates.
  const pointer = useRef<{ x: number; y: number } | null>(null);

  const handlers = useMemo(() => {
    const publishViewport = () => {
      const { transform, width: w, height: h } = rf.getState();
      if (w > 0 && h > 0)
        presence.setViewport({ x: transform[0], y: transform[1], zoom: transform[2], width: w, height: h });
    };
    const publishCursor = () =>
      presence.setCursor(pointer.current ? flow.screenToFlowPosition(pointer.current) : null);
    return {
      publishViewport,
      wrapper: {
        onPointerMove(e: PointerEvent) {
          pointer.current = { x: e.clientX, y: e.clientY };
          publishCursor();
        },
        onPointerLeave() {
          pointer.current = null;
          publishCursor();
        },
        // The zoom buttons and the minimap move the view without a user event on the pane.
        onPointerDownCapture(e: PointerEvent) {
          if (e.target instanceof Element && e.target.closest('.react-flow__controls, .react-flow__minimap'))
            presence.follow(null);
        },
      },
      flow: {
        onMove() {
          publishViewport();
          if (pointer.current) publishCursor();
        },
        /** A real user event (wheel, drag, pinch) means "I look around myself": stop following. */
        onMoveStart(event: MouseEvent | TouchEvent | null) {
          if (event) presence.follow(null);
        },
      },
    };
  }, [presence, flow, rf]);

  const { publishViewport } = handlers;
  useEffect(() => publishViewport(), [publishViewport, width, height]);
  return handlers;
}
