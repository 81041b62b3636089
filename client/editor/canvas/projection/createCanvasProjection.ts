import {
  overdueIndex,
  reuseList,
  type GridLayout,
  type JourneyMap,
  type OverdueIndex,
} from '../../../../model';
import { canvasFocus, type CanvasFocus } from '../../insights/canvasFocus';
import type { PeerDrags } from '../../presence/peerDrags';
import type { FlowPoint, Selection } from '../../store/editorStore';
import type { CanvasNode, ConnectionEdge } from '../nodeTypes';
import { buildEdges, frameNodes } from './buildNodes';
import { cardKeys, createCardCache } from './cardNode';
import { createCuller, edgesAmong, keepNear, spanBox } from './cullToView';
import { createPlacer } from './placeDragged';
import { reuseNodes } from './reuseNodes';
import { memoLast } from '../../store/memoLast';
import type { CardMarks } from './historyMarks';

/** Past this many nodes (cards, notes, headers, lanes) the canvas culls what is out of view. */
const CULL_ABOVE_NODES = 250;

/** What the canvas shows: the snapshot and its layout, and this tab's and its peers' session state. */
export interface CanvasInputs {
  readonly map: JourneyMap | null;
  readonly layout: GridLayout | null;
  readonly selection: Selection;
  /** Touchpoints selected together (the store's `group`). */
  readonly group: readonly string[];
  /** One owner's cards brought forward (see canvasFocus). */
  readonly ownerFilter: string | null;
  /** Issue 21: the personas shown (store `personaFilter`); cards none of them uses are dimmed. Empty = all. */
  readonly personaFilter?: readonly string[];
  /** False for commenters and viewers. */
  readonly canEdit: boolean;
  /** This tab's cards in the air (the store's `drag.positions`). */
  readonly drag: ReadonlyMap<string, FlowPoint> | undefined;
  readonly peerDrags: PeerDrags;
  /** Cards marked against an earlier version (History: compare, session overlay); null for none. */
  readonly marks?: CardMarks | null;
  /** The part of the map worth drawing (`viewSpan`): big maps hand React Flow only what is in it. */
  readonly span: string;
  /** Today (`YYYY-MM-DD`, useToday): which actions are overdue; cards flag them. Absent: none. */
  readonly today?: string;
}

/** React Flow's nodes and edges; `big`: culled to the view (React Flow draws only what is in it). */
export interface CanvasView {
  readonly nodes: CanvasNode[];
  readonly edges: ConnectionEdge[];
  readonly big: boolean;
}

const NO_NODES: CanvasNode[] = [];
const NO_EDGES: ConnectionEdge[] = [];
const NO_PERSONAS: readonly string[] = [];

/**
 * The one place that turns snapshot + layout + session into React Flow nodes and edges, keeping
 * every unchanged node, edge and array identical (as xyflow's `adoptUserNodes` does for its internal
 * nodes), so React Flow skips what an edit did not touch. It owns its caches: create one per canvas.
 *
 * Each step runs again only when its own inputs changed: a drag frame re-places the cards in the
 * air; a peer's edit rebuilds the cards whose key changed (cardNode.ts); panning re-culls per span.
 */
export function createCanvasProjection() {
  const cards = createCardCache();
  const placer = createPlacer();
  const culler = createCuller();
  let atSlots = NO_NODES;
  let allEdges = NO_EDGES;
  let shownNodes = NO_NODES;
  let shownEdges = NO_EDGES;

  const focusOf = memoLast((map: JourneyMap, selection: Selection, ownerFilter: string | null) =>
    canvasFocus(map, selection, ownerFilter),
  );
  const groupSet = memoLast((group: readonly string[]) => new Set(group));
  const overdueOf = memoLast((map: JourneyMap, today: string | undefined) =>
    today === undefined ? null : overdueIndex(map, today),
  );
  // Built only when the map or the session changes; a drag frame just re-places the cards in the air.
  const placed = memoLast(
    (
      map: JourneyMap,
      layout: GridLayout,
      selection: Selection,
      group: ReadonlySet<string>,
      canEdit: boolean,
      focus: CanvasFocus | null,
      marks: CardMarks | null,
      overdue: OverdueIndex | null,
      today: string | undefined,
      personaFilter: readonly string[],
    ) => {
      const session = { selection, group, canEdit, focus, marks, overdue, today, personaFilter };
      const next = [
        ...frameNodes(map, layout, selection, canEdit, marks),
        ...cards(cardKeys(map, layout, session)),
      ];
      return (atSlots = reuseNodes(atSlots, next));
    },
  );
  const edges = memoLast(
    (map: JourneyMap, selection: Selection, focus: CanvasFocus | null, layout: GridLayout | null) =>
      (allEdges = reuseNodes(allEdges, buildEdges(map, selection, focus, layout ?? undefined))),
  );
  const inAir = memoLast(placer);
  // Worked out from the nodes at their slots (a drag frame only adds the cards in the air).
  const near = memoLast((nodes: CanvasNode[], edgeList: ConnectionEdge[], span: string) =>
    culler(nodes, edgeList, spanBox(span)),
  );
  // With memory: a peer's edit that changes nothing near the view hands React Flow the same arrays,
  // so the canvas' memoised React Flow element skips React Flow entirely.
  const shown = memoLast(
    (
      all: CanvasNode[],
      nearView: CanvasNode[] | null,
      drag: ReadonlyMap<string, FlowPoint> | undefined,
      peerDrags: PeerDrags,
    ) =>
      (shownNodes = reuseList(
        shownNodes,
        nearView ? keepNear(all, nearView, drag, peerDrags) : all,
      ) as CanvasNode[]),
  );
  // From `near`, not the per-frame nodes: a drag frame hands React Flow the same edges array.
  const shownEdgesOf = memoLast(
    (edgeList: ConnectionEdge[], nearView: CanvasNode[] | null) =>
      (shownEdges = reuseList(
        shownEdges,
        nearView ? edgesAmong(edgeList, nearView) : edgeList,
      ) as ConnectionEdge[]),
  );
  const view = memoLast((nodes: CanvasNode[], edgeList: ConnectionEdge[], big: boolean): CanvasView => ({
    nodes,
    edges: edgeList,
    big,
  }));

  return (input: CanvasInputs): CanvasView => {
    const { map, layout, selection, canEdit } = input;
    const focus = map ? focusOf(map, selection, input.ownerFilter) : null;
    const atSlotsNow =
      map && layout
        ? placed(
            map,
            layout,
            selection,
            groupSet(input.group),
            canEdit,
            focus,
            input.marks ?? null,
            overdueOf(map, input.today),
            input.today,
            input.personaFilter ?? NO_PERSONAS,
          )
        : NO_NODES;
    const edgeList = map ? edges(map, selection, focus, layout) : NO_EDGES;
    const all = inAir(atSlotsNow, input.drag, input.peerDrags);
    // Big maps: React Flow gets only the cards near the view (and draws only those in it).
    const big = atSlotsNow.length > CULL_ABOVE_NODES;
    const nearView = big ? near(atSlotsNow, edgeList, input.span) : null;
    return view(shown(all, nearView, input.drag, input.peerDrags), shownEdgesOf(edgeList, nearView), big);
  };
}
