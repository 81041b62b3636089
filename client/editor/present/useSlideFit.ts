import { useEffect } from 'react';
import { useReactFlow, useStore } from '@xyflow/react';
import type { Rect } from '../../../model';
import { fitViewBox } from '../presence/viewBox';

/** Room around a slide's frame, in map units, so its edge cards do not touch the window's edge. */
const MARGIN = 12;

/**
 * Fits `frame` into this window, centred, whenever the frame or the window changes: each screen
 * shows the same area of the map whatever its size (the follow mode's rule, viewBox.ts). The first
 * fit glides; later ones (the next slide) too, briefly, so the audience sees where the view went.
 */
export function useSlideFit(frame: Rect | null): void {
  const flow = useReactFlow();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const minZoom = useStore((s) => s.minZoom);
  const maxZoom = useStore((s) => s.maxZoom);
  // Numbers, not the object: a new layout with the same frame does not move the view.
  const [fx, fy, fw, fh] = frame ? [frame.x, frame.y, frame.width, frame.height] : [0, 0, 0, 0];
  useEffect(() => {
    if (fw === 0 || width === 0 || height === 0) return;
    const padded = { x: fx - MARGIN, y: fy - MARGIN, width: fw + 2 * MARGIN, height: fh + 2 * MARGIN };
    void flow.setViewport(fitViewBox(padded, width, height, { minZoom, maxZoom }), { duration: 250 });
  }, [flow, fx, fy, fw, fh, width, height, minZoom, maxZoom]);
}
