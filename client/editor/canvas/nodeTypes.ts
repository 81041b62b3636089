import type { Edge, Node } from '@xyflow/react';
import type {
  ColumnLayout,
  CurvePoint,
  Evidence,
  GridLayout,
  Note,
  RouteLabel,
  RowLayout,
  Stage,
  Touchpoint,
} from '../../../model';
import type { CardFigures } from './projection/cardFigures';
import type { CardMark } from './projection/historyMarks';
import type { OverdueFlagFields } from '../programme/overdueFlag';

/** The kinds of React Flow node the canvas draws; all of them derived from the snapshot and layout. */
export type GridNode = Node<Pick<GridLayout, 'columns' | 'rows' | 'width' | 'height'>, 'grid'>;
export type LaneLabelNode = Node<{ row: RowLayout }, 'laneLabel'>;
export type StageHeaderNode = Node<
  /** `mark`: added, changed or removed against an earlier version (History: compare). */
  { stage: Stage; column: ColumnLayout; index: number; count: number; mark?: CardMark },
  'stageHeader'
>;
export type TouchpointCardNode = Node<
  {
    touchpoint: Touchpoint;
    hub: boolean;
    /** Its lane's cards need an owner (the Touchpoints lane): a missing one is flagged. */
    needsOwner: boolean;
    /** A hub's routes in: straight into it (the badge's "N in") and through other hubs only. */
    routesIn: number;
    routesViaHubs: number;
    connectable: boolean;
    /** Brought forward by the hub view ('route') or the owner filter ('owner'). */
    highlight?: 'route' | 'owner';
    /** Outside the hub view's routes or the filtered owner's cards. */
    dimmed?: boolean;
    /** Added, changed or removed against an earlier version (History: compare, session overlay). */
    mark?: CardMark;
    /** A hub's ledger line and the latest VoC reading (projection/cardFigures.ts). */
    figures?: CardFigures;
    evidence: Evidence;
  } & OverdueFlagFields,
  'touchpoint'
>;
export type NoteCardNode = Node<
  {
    note: Note;
    touchpointTitle: string | undefined;
    mark?: CardMark;
    evidence?: Evidence;
  } & OverdueFlagFields,
  'note'
>;
/**
 * `points`: the curve, or on a big map only its part near the view (`cullCurve`); `min`: the lowest
 * score on the whole curve, whose points are marked as moments of pain; `empty`: no touchpoint at all.
 */
export type EmotionCurveNode = Node<
  { row: RowLayout; points: readonly CurvePoint[]; min: number; empty: boolean; width: number },
  'emotionCurve'
>;
export type AddStageNode = Node<{ height: number }, 'addStage'>;

export type CanvasNode =
  | GridNode
  | LaneLabelNode
  | StageHeaderNode
  | TouchpointCardNode
  | NoteCardNode
  | EmotionCurveNode
  | AddStageNode;

export type ConnectionEdge = Edge<
  {
    intoHub: boolean;
    volume?: number;
    /** Tagged as failure demand into a hub (drawn red and dashed, README "Failure demand"). */
    failure?: boolean;
    /** The route's label, placed off the cards and the other labels; none for a route without one. */
    labelAt?: RouteLabel;
    emphasis?: 'route' | 'dimmed';
  },
  'connection'
>;
