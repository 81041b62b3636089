import { Position, type NodeHandle } from '@xyflow/react';
import {
  dimmedByPersonaFilter,
  shownLinkedPersonas,
  evidenceOf,
  measuredTouchpointIds,
  NOTE_KIND_TRAITS,
  type Evidence,
  hubRouteCountsByHub,
  isHub,
  isoDay,
  needsOwner,
  reuseNested,
  sameFields,
  type CardLayout,
  type GridLayout,
  type HubRouteCounts,
  type JourneyMap,
  type Note,
  type OverdueIndex,
  type Touchpoint,
} from '../../../../model';
import type { CanvasFocus } from '../../insights/canvasFocus';
import type { Selection } from '../../store/editorStore';
import type { NoteCardNode, TouchpointCardNode } from '../nodeTypes';
import type { CardMark, CardMarks } from './historyMarks';
import { cardFigureFields, cardFigures, figureContext, type CardFigureFields } from './cardFigures';
import { overdueFlagFields, type OverdueFlagFields } from '../../programme/overdueFlag';

/**
 * Everything a touchpoint card shows. Its node is made from this object alone (`cardNode`), and the
 * cache builds the node again when any field differs: an input that is not here cannot reach the
 * card, so a card cannot go stale.
 */
export interface TouchpointCardKey extends CardFigureFields, OverdueFlagFields {
  readonly kind: 'touchpoint';
  readonly touchpoint: Touchpoint;
  readonly rect: CardLayout;
  readonly selected: boolean;
  /** False for commenters and viewers: no drag or connect handles. */
  readonly canEdit: boolean;
  /** Its lane's cards need an owner (the Touchpoints lane). */
  readonly needsOwner: boolean;
  /** A hub's routes in: straight into it, and through other hubs only (0 for a card that is no hub). */
  readonly routesIn: number;
  readonly routesViaHubs: number;
  /** Brought forward by the hub view or the owner filter, or dimmed outside them. */
  readonly highlight: 'route' | 'owner' | undefined;
  readonly dimmed: boolean;
  /** Added, changed or removed against an earlier version (History), or unmarked. */
  readonly mark?: CardMark;
  /** How we know (a card with data is measured): the card's evidence mark. */
  readonly evidence: Evidence;
}

/** Everything a note shows (see TouchpointCardKey). */
export interface NoteCardKey extends OverdueFlagFields {
  readonly kind: 'note';
  readonly note: Note;
  readonly rect: CardLayout;
  readonly selected: boolean;
  readonly canEdit: boolean;
  /** The linked touchpoint's title, if it is linked to one. */
  readonly touchpointTitle: string | undefined;
  readonly mark?: CardMark;
  /** A pain point's evidence (its mark); none on opportunities. */
  readonly evidence: Evidence | undefined;
}

export type CardKey = TouchpointCardKey | NoteCardKey;
export type CardNode = TouchpointCardNode | NoteCardNode;

/** The session state cards show. */
export interface CardSession {
  readonly selection: Selection;
  /** Touchpoints selected together (the store's `group`). */
  readonly group: ReadonlySet<string> | null;
  readonly canEdit: boolean;
  /** A hub's routes or one owner's cards to bring forward; the other cards are dimmed. */
  readonly focus: CanvasFocus | null;
  /** Cards marked against an earlier version (History); null when nothing is compared. */
  readonly marks?: CardMarks | null;
  /** Today (`YYYY-MM-DD`): how old a card's latest VoC point is; today's date when absent. */
  readonly today?: string;
  /** Overdue actions by note and touchpoint (the cards' ⏰ flags); null for none. */
  readonly overdue?: OverdueIndex | null;
  /** Issue 21: the linked personas shown; a card none of them uses is dimmed. Empty/absent = all. */
  readonly personaFilter?: readonly string[];
}

/** A card that is not a hub shows no route counts. */
const NO_ROUTES: HubRouteCounts = { direct: 0, viaHubs: 0 };

/** Each card's key, touchpoints then notes in the map's order; a card the layout does not place has none. */
export function cardKeys(map: JourneyMap, layout: GridLayout, session: CardSession): CardKey[] {
  const { selection, group, canEdit, focus, marks, overdue } = session;
  const shownPersonas = shownLinkedPersonas(map, session.personaFilter);
  const keys: CardKey[] = [];
  const hubRoutes = hubRouteCountsByHub(map);
  const figures = figureContext(map, session.today ?? isoDay());
  const measured = measuredTouchpointIds(map);
  for (const tp of map.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    const routes = hubRoutes.get(tp.id) ?? NO_ROUTES;
    keys.push({
      kind: 'touchpoint',
      touchpoint: tp,
      rect,
      selected: (selection?.kind === 'touchpoint' && selection.id === tp.id) || !!group?.has(tp.id),
      canEdit,
      needsOwner: needsOwner(map.lanes, tp),
      routesIn: routes.direct,
      routesViaHubs: routes.viaHubs,
      highlight: focus?.ids.has(tp.id) ? focus.kind : undefined,
      dimmed:
        (!!focus && !focus.ids.has(tp.id) && focus.hubId !== tp.id) ||
        dimmedByPersonaFilter(tp, shownPersonas),
      mark: marks?.get(tp.id),
      ...cardFigureFields(figures, tp),
      ...overdueFlagFields(overdue, 'byTouchpoint', tp.id),
      evidence: evidenceOf(tp, measured),
    });
  }
  let titles: Map<string, string> | undefined;
  const titleOf = (id: string) => (titles ??= new Map(map.touchpoints.map((t) => [t.id, t.title]))).get(id);
  for (const note of map.notes) {
    const rect = layout.notes.get(note.id);
    if (!rect) continue;
    keys.push({
      kind: 'note',
      note,
      rect,
      selected: selection?.kind === 'note' && selection.id === note.id,
      canEdit,
      touchpointTitle: note.touchpointId ? titleOf(note.touchpointId) : undefined,
      mark: marks?.get(note.id),
      ...overdueFlagFields(overdue, 'byNote', note.id),
      evidence: NOTE_KIND_TRAITS[note.kind].isPain ? evidenceOf(note, measured) : undefined,
    });
  }
  return keys;
}

export const cardId = (key: CardKey): string => (key.kind === 'touchpoint' ? key.touchpoint.id : key.note.id);

/** A card's node, from its key and nothing else. */
export function cardNode(key: CardKey): CardNode {
  const { rect, selected, mark } = key;
  // A card drawn from an earlier version (compare) is no card of the live map: nothing acts on it.
  const canEdit = key.canEdit && mark !== 'removed';
  if (key.kind === 'note') {
    const { note } = key;
    return {
      id: note.id,
      type: 'note',
      data: {
        note,
        touchpointTitle: key.touchpointTitle,
        mark,
        overdue: key.overdue,
        overdueTip: key.overdueTip,
        evidence: key.evidence,
      },
      selected,
      draggable: !note.locked && canEdit,
      connectable: false,
      ...placedAt(rect),
    };
  }
  const tp = key.touchpoint;
  return {
    id: tp.id,
    type: 'touchpoint',
    data: {
      touchpoint: tp,
      hub: isHub(tp),
      needsOwner: key.needsOwner,
      routesIn: key.routesIn,
      routesViaHubs: key.routesViaHubs,
      connectable: canEdit,
      highlight: key.highlight,
      dimmed: key.dimmed,
      mark,
      figures: cardFigures(key),
      overdue: key.overdue,
      overdueTip: key.overdueTip,
      evidence: key.evidence,
    },
    selected,
    // A facilitator's lock: the card stays put (the model refuses the move anyway).
    draggable: !tp.locked && canEdit,
    connectable: canEdit,
    ...placedAt(rect),
    handles: cardHandles(rect.width, rect.height),
  };
}

/**
 * Card nodes with memory: a card whose key has the same fields as last time (`sameFields`) is the
 * same node object, so a peer's edit builds the few cards it touched, not all 500 (building and
 * comparing every card was most of a remote edit's work). A rebuilt card keeps its old node's equal
 * parts (`reuseNested`): one that only moved keeps its `data`, so its component does not render.
 */
export function createCardCache() {
  let entries = new Map<string, { key: CardKey; node: CardNode }>();
  return (keys: readonly CardKey[]): CardNode[] => {
    const next = new Map<string, { key: CardKey; node: CardNode }>();
    const nodes = keys.map((key) => {
      const id = cardId(key);
      const old = entries.get(id);
      const node = old && sameFields(old.key, key) ? old.node : reuseNested(old?.node, cardNode(key));
      next.set(id, { key, node });
      return node;
    });
    entries = next;
    return nodes;
  };
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
