import { Position, type NodeHandle } from '@xyflow/react';
import {
  hubRouteCountsByHub,
  isHub,
  needsOwner,
  type CardLayout,
  type GridLayout,
  type HubRouteCounts,
  type JourneyMap,
  type Note,
  type Touchpoint,
} from '../../../model';
import type { CanvasFocus } from '../insights/canvasFocus';
import type { Selection } from '../store/editorStore';
import type { NoteCardNode, TouchpointCardNode } from './nodeTypes';

/** What a card's node is made of: the same inputs make the same node. */
interface CardInputs {
  readonly record: Touchpoint | Note;
  readonly rect: CardLayout;
  readonly selected: boolean;
  readonly canEdit: boolean;
  /** A hub's direct routes in (a card), or the linked card's title (a note). */
  readonly extra: number | string | undefined;
  /** A hub's touchpoints routing in through other hubs only (0 for a note). */
  readonly viaHubs: number;
  readonly highlight: 'route' | 'owner' | undefined;
  readonly dimmed: boolean;
}
type Entry = CardInputs & { readonly node: TouchpointCardNode | NoteCardNode };

/** The previous call's entries (`from`) and where this call puts its own (`into`). */
export interface CardMemo {
  readonly from: ReadonlyMap<string, Entry>;
  readonly into: Map<string, Entry>;
}

/** A card that is not a hub shows no route counts. */
const NO_ROUTES: HubRouteCounts = { direct: 0, viaHubs: 0 };

const sameInputs = (e: Entry | undefined, i: CardInputs): e is Entry =>
  !!e &&
  e.record === i.record &&
  e.rect === i.rect &&
  e.selected === i.selected &&
  e.canEdit === i.canEdit &&
  e.extra === i.extra &&
  e.viaHubs === i.viaHubs &&
  e.highlight === i.highlight &&
  e.dimmed === i.dimmed;

/**
 * The touchpoint cards and notes at their slots. With `memo`, a card whose record, rect and session
 * inputs are the ones it was last built from is the same node object — a peer's edit rebuilds the
 * cards it touched, not all 500 (building and comparing every card was most of a remote edit's work).
 */
export function cardNodes(
  map: JourneyMap,
  layout: GridLayout,
  selection: Selection,
  group: ReadonlySet<string> | null,
  canEdit: boolean,
  focus: CanvasFocus | null,
  memo?: CardMemo,
): Array<TouchpointCardNode | NoteCardNode> {
  const nodes: Array<TouchpointCardNode | NoteCardNode> = [];
  const keep = (id: string, inputs: CardInputs, build: () => TouchpointCardNode | NoteCardNode) => {
    const old = memo?.from.get(id);
    const entry = sameInputs(old, inputs) ? old : { ...inputs, node: build() };
    memo?.into.set(id, entry);
    nodes.push(entry.node);
  };
  const hubRoutes = hubRouteCountsByHub(map);
  for (const tp of map.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    const routes = hubRoutes.get(tp.id) ?? NO_ROUTES;
    const inputs: CardInputs = {
      record: tp,
      rect,
      selected: (selection?.kind === 'touchpoint' && selection.id === tp.id) || !!group?.has(tp.id),
      canEdit,
      extra: routes.direct,
      viaHubs: routes.viaHubs,
      highlight: focus?.ids.has(tp.id) ? focus.kind : undefined,
      dimmed: !!focus && !focus.ids.has(tp.id) && focus.hubId !== tp.id,
    };
    keep(tp.id, inputs, () => ({
      id: tp.id,
      type: 'touchpoint',
      data: {
        touchpoint: tp,
        hub: isHub(tp),
        // From the card's lane (the record names it; a lane's kind never changes), so the memo holds.
        needsOwner: needsOwner(map.lanes, tp),
        routesIn: inputs.extra as number,
        routesViaHubs: inputs.viaHubs,
        connectable: canEdit,
        highlight: inputs.highlight,
        dimmed: inputs.dimmed,
      },
      selected: inputs.selected,
      // A facilitator's lock: the card stays put (the model refuses the move anyway).
      draggable: !tp.locked && canEdit,
      connectable: canEdit,
      ...placedAt(rect),
      handles: cardHandles(rect.width, rect.height),
    }));
  }
  let titles: Map<string, string> | undefined;
  const titleOf = (id: string) => (titles ??= new Map(map.touchpoints.map((t) => [t.id, t.title]))).get(id);
  for (const note of map.notes) {
    const rect = layout.notes.get(note.id);
    if (!rect) continue;
    const inputs: CardInputs = {
      record: note,
      rect,
      selected: selection?.kind === 'note' && selection.id === note.id,
      canEdit,
      extra: note.touchpointId ? titleOf(note.touchpointId) : undefined,
      viaHubs: 0,
      highlight: undefined,
      dimmed: false,
    };
    keep(note.id, inputs, () => ({
      id: note.id,
      type: 'note',
      data: { note, touchpointTitle: inputs.extra as string | undefined },
      selected: inputs.selected,
      draggable: !note.locked && canEdit,
      connectable: false,
      ...placedAt(rect),
    }));
  }
  return nodes;
}

/** A card's or note's place and size (measured: the layout knows it), above the grid and lanes. */
const placedAt = (rect: CardLayout) => ({
  position: { x: rect.x, y: rect.y },
  width: rect.width,
  height: rect.height,
  measured: { width: rect.width, height: rect.height },
  zIndex: 2,
});

/** A card handle's size, as cards.css draws it (`.tp-handle`). */
const HANDLE = 9;

/**
 * Where a card's two handles are, given up front: React Flow then knows a card's routes without
 * measuring its handles in the DOM, and a card mounted as it comes into view costs no measuring and
 * no second store update. The source is the dot centred on the right edge; the target is the whole
 * card (a route ends wherever it is let go on it), anchored at the bottom centre, where routes end
 * (routeArc), so the line being drawn snaps there. (e2e canvas.spec and routes.spec drag routes.)
 */
function cardHandles(width: number, height: number): NodeHandle[] {
  // One list per card size (cards come in two), so a rebuilt card compares equal to its old node.
  const key = `${width}x${height}`;
  let handles = handlesBySize.get(key);
  if (!handles) {
    handles = [
      { type: 'target', position: Position.Bottom, x: 0, y: 0, width, height },
      {
        type: 'source',
        position: Position.Right,
        x: width - HANDLE / 2,
        y: height / 2 - HANDLE / 2,
        width: HANDLE,
        height: HANDLE,
      },
    ];
    handlesBySize.set(key, handles);
  }
  return handles;
}
const handlesBySize = new Map<string, NodeHandle[]>();
