import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStore } from '@xyflow/react';
import { GRID, NOTE_KIND_TRAITS, type GridLayout, type JourneyMap } from '../../../model';
import { sameBox, unionBox, viewBox } from './projection/cullToView';

const WIDTH = 200;
/** Tallest the panel gets; a wide map gets a strip, not a box of empty space over the cards. */
const MAX_HEIGHT = 140;
const MIN_HEIGHT = 48;
const MASK = 'rgba(240, 242, 248, 0.7)';
const COLORS = {
  stage: '#c7d2fe',
  card: '#94a3b8',
  hub: '#c2410c',
  view: '#6366f1',
} as const;

/**
 * The map in small, drawn from the layout: stage headers, cards (hubs in their own colour), notes,
 * and the part in view; press or drag to move the view there, wheel to zoom. React Flow's own minimap
 * draws an SVG rect per node and re-checks each one on every canvas update — 500 DOM elements and
 * 500 store selectors per drag frame on a big map. Here the map is one canvas, redrawn when the
 * layout changes, and the view another one over it, redrawn when the view moves.
 */
export function MapMinimap({ map, layout }: { map: JourneyMap; layout: GridLayout }) {
  const base = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<HTMLCanvasElement>(null);
  const view = useStore(viewBox, sameBox);
  const flow = useReactFlow();
  // Map and view together, with a margin, scaled to fit the panel.
  const bounds = unionBox({ x: 0, y: 0, width: layout.width, height: layout.height }, view);
  const height = Math.round(
    Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, (WIDTH * bounds.height) / bounds.width)),
  );
  const scale = Math.min(WIDTH / bounds.width, height / bounds.height);
  const ox = bounds.x - (WIDTH / scale - bounds.width) / 2;
  const oy = bounds.y - (height / scale - bounds.height) / 2;

  // The map on one canvas, drawn when the map or the scale changes — not on every pan or zoom
  // frame (an autopanning drag pans every frame), which only redraws the view on the other canvas.
  useEffect(() => {
    const ctx = prepare(base.current, scale, ox, oy, height);
    if (!ctx) return;
    ctx.fillStyle = COLORS.stage;
    for (const c of layout.columns) ctx.fillRect(c.x + 2, 0, c.width - 4, GRID.stageHeaderHeight);
    // One colour at a time: switching fillStyle per card costs more than the rects.
    for (const hub of [false, true]) {
      ctx.fillStyle = hub ? COLORS.hub : COLORS.card;
      for (const card of layout.cards.values())
        if (card.hub === hub) ctx.fillRect(card.x, card.y, card.width, card.height);
    }
    for (const note of map.notes) {
      const rect = layout.notes.get(note.id);
      if (!rect) continue;
      ctx.fillStyle = NOTE_KIND_TRAITS[note.kind].colors.minimap;
      ctx.fillRect(rect.x, rect.y, rect.width, rect.height);
    }
  }, [map, layout, scale, height, ox, oy]);

  // Everything outside the view under a veil, the view outlined.
  useEffect(() => {
    const ctx = prepare(overlay.current, scale, ox, oy, height);
    if (!ctx) return;
    ctx.fillStyle = MASK;
    ctx.beginPath();
    ctx.rect(ox, oy, WIDTH / scale, height / scale);
    ctx.rect(view.x, view.y, view.width, view.height);
    ctx.fill('evenodd');
    ctx.strokeStyle = COLORS.view;
    ctx.lineWidth = 1.5 / scale;
    ctx.strokeRect(view.x, view.y, view.width, view.height);
  }, [view, scale, height, ox, oy]);

  const toFlow = (e: PointerEvent | WheelEvent) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ox + (e.clientX - r.left) / scale, y: oy + (e.clientY - r.top) / scale };
  };
  const centreOn = (e: PointerEvent) => {
    const p = toFlow(e);
    void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
  };

  const pixels = {
    width: Math.round(WIDTH * (window.devicePixelRatio || 1)),
    height: Math.round(height * (window.devicePixelRatio || 1)),
  };
  return (
    <Panel position="bottom-right" className="react-flow__minimap map-minimap">
      <canvas ref={base} {...pixels} style={{ width: WIDTH, height }} aria-hidden />
      <canvas
        ref={overlay}
        {...pixels}
        style={{ width: WIDTH, height }}
        className="map-minimap-view"
        role="img"
        aria-label="Map overview: press or drag to move the view, scroll to zoom"
        data-testid="minimap"
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          centreOn(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
        }}
        onWheel={(e) => {
          const factor = e.deltaY < 0 ? 1.2 : 1 / 1.2;
          void flow.zoomTo(flow.getZoom() * factor);
        }}
      />
    </Panel>
  );
}

/** A cleared 2D context drawing in flow coordinates (scaled to the panel and the screen's pixels). */
function prepare(
  canvas: HTMLCanvasElement | null,
  scale: number,
  ox: number,
  oy: number,
  height: number,
): CanvasRenderingContext2D | null {
  const ctx = canvas?.getContext('2d');
  if (!ctx) return null;
  const dpr = window.devicePixelRatio || 1;
  ctx.setTransform(dpr * scale, 0, 0, dpr * scale, -ox * dpr * scale, -oy * dpr * scale);
  ctx.clearRect(ox, oy, WIDTH / scale, height / scale);
  return ctx;
}
