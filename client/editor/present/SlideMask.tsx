import { useViewport } from '@xyflow/react';
import type { Rect } from '../../../model';

/**
 * Veils the map around the slide's frame, so the slide reads as one picture on a screen of another
 * shape (where a strip of the neighbouring stages shows beside it). Not interactive.
 */
export function SlideMask({ frame }: { frame: Rect }) {
  const { x, y, zoom } = useViewport();
  return (
    <div
      className="slide-mask"
      aria-hidden="true"
      style={{
        left: frame.x * zoom + x,
        top: frame.y * zoom + y,
        width: frame.width * zoom,
        height: frame.height * zoom,
      }}
    />
  );
}
