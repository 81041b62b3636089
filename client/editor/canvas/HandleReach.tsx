import { useLayoutEffect } from 'react';
import { useStore, type ReactFlowState } from '@xyflow/react';

/** The route handle's drawn size in canvas units (cards.css `.tp-handle`). */
const HANDLE = 9;
/** How big it should look at the least, in screen pixels: at Fit zoom 9 units are only 3–4 px. */
const MIN_SCREEN = 12;

/**
 * How much to enlarge a card's route handle at this zoom, in a few steps: the value lands in a CSS
 * variable on the flow's root, and each step restyles every card, so a zoom gesture restyles a
 * handful of times rather than on every frame.
 */
const handleScale = (s: ReactFlowState) => {
  const wanted = MIN_SCREEN / (HANDLE * s.transform[2]);
  return wanted <= 1 ? 1 : Math.min(4, Math.ceil(wanted * 2) / 2);
};

/**
 * Keeps the route handles grabbable at any zoom: sets `--handle-scale` (1 at 100 %, up to 4 when
 * zoomed far out) on React Flow's root element, which cards.css applies to the handle and its hit area.
 */
export function HandleReach() {
  const scale = useStore(handleScale);
  const root = useStore((s) => s.domNode);
  useLayoutEffect(() => {
    root?.style.setProperty('--handle-scale', String(scale));
  }, [root, scale]);
  return null;
}
