import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';

/** How far (px) the pointer moves before a press on the handle becomes a drag, so a click stays one. */
const DRAG_SLOP = 4;

export interface SlideDrag {
  /** The slide being dragged, or null. */
  readonly dragging: string | null;
  /** The gap the slide would drop into: 0 = before the first, n = after the last; null = nowhere. */
  readonly gap: number | null;
  /** Spread on a slide's drag handle. */
  readonly handle: (id: string) => {
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => void;
    onPointerCancel: () => void;
  };
}

/**
 * Drag to reorder the slide list with pointer events (mouse, pen, touch): the handle captures the
 * pointer, the gap under it is shown, and the drop calls `onMove(id, index)` once (the index the
 * slide will have afterwards), nothing when it lands where it was. `items` finds the rows to measure.
 */
export function useSlideDrag(
  ids: readonly string[],
  items: () => readonly HTMLElement[],
  onMove: (id: string, index: number) => void,
): SlideDrag {
  const [dragging, setDragging] = useState<string | null>(null);
  const [gap, setGap] = useState<number | null>(null);
  const press = useRef<{ id: string; y: number; moved: boolean } | null>(null);

  const gapAt = (clientY: number): number => {
    const rows = items();
    const index = rows.findIndex((row) => {
      const box = row.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    return index === -1 ? rows.length : index;
  };
  const end = () => {
    press.current = null;
    setDragging(null);
    setGap(null);
  };

  const handle = (id: string) => ({
    onPointerDown: (e: ReactPointerEvent<HTMLElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      press.current = { id, y: e.clientY, moved: false };
    },
    onPointerMove: (e: ReactPointerEvent<HTMLElement>) => {
      const at = press.current;
      if (!at) return;
      if (!at.moved && Math.abs(e.clientY - at.y) < DRAG_SLOP) return;
      at.moved = true;
      setDragging(at.id);
      setGap(gapAt(e.clientY));
    },
    onPointerUp: (e: ReactPointerEvent<HTMLElement>) => {
      const at = press.current;
      end();
      if (!at?.moved) return;
      const from = ids.indexOf(at.id);
      const into = gapAt(e.clientY);
      const index = into > from ? into - 1 : into;
      if (from !== -1 && index !== from) onMove(at.id, index);
    },
    onPointerCancel: end,
  });

  return { dragging, gap, handle };
}
