import { GRID, type Anchor, type GridLayout } from '../../../model';

/** Where an anchor is drawn on the canvas (flow coordinates), or null for the map and removed ones. */
export function anchorRect(
  layout: GridLayout | null,
  anchor: Anchor,
): { x: number; y: number; width: number; height: number } | null {
  if (!layout || anchor.kind === 'map') return null;
  if (anchor.kind === 'touchpoint') return layout.cards.get(anchor.id) ?? null;
  if (anchor.kind === 'note') return layout.notes.get(anchor.id) ?? null;
  const column = layout.columns.find((c) => c.stageId === anchor.id);
  return column ? { x: column.x, y: 0, width: column.width, height: GRID.stageHeaderHeight } : null;
}

/** How the panel names what a thread is about. */
export function anchorDescription(anchor: Anchor, label: string, removed: boolean): string {
  if (removed) return 'anchor removed';
  if (anchor.kind === 'map') return 'on the map';
  return `on ${anchor.kind} “${label}”`;
}
