import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  layoutMap,
  sameFields,
  type CommentsSnapshot,
  type GridLayout,
  type JourneyMap,
  type ReadProblem,
  type MapVariantView,
  type Persona,
} from '../../../model';
import type { MapAccess } from '../../api/accessApi';
import type { VersionSummary, VoteResultSummary } from '../../../model/history';
import { NOT_PRESENTING, type PresentationState } from './presentationState';

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** What is selected on the canvas. Session state: never written to the doc. */
export type Selection =
  | { readonly kind: 'touchpoint'; readonly id: string }
  | { readonly kind: 'note'; readonly id: string }
  | { readonly kind: 'stage'; readonly id: string }
  | { readonly kind: 'connection'; readonly id: string }
  /** An empty spot of a card or note lane: where a paste (Ctrl/Cmd+V) puts cards (useClipboard.ts). */
  | { readonly kind: 'cell'; readonly stageId: string; readonly laneId: string }
  | null;

/** A selected card, note, stage or route: the selections that are a record of the map. */
export type RecordSelection = Exclude<NonNullable<Selection>, { kind: 'cell' }>;
/** The selected record's id; undefined for none and for a cell, which is no record. */
export const selectedRecordId = (sel: Selection): string | undefined =>
  sel && sel.kind !== 'cell' ? sel.id : undefined;

/** A point in flow coordinates. */
export interface FlowPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Cards or a stage header in the air: local only (peers see it through awareness), committed by one
 * command on drop. Node id → its current flow position; several ids when a group is dragged.
 */
export interface DragState {
  readonly positions: ReadonlyMap<string, FlowPoint>;
}

/**
 * A card whose text is being typed on the card itself (a new card opens so; Enter, F2 or a
 * double-click opens a selected one). `selectAll`: the text starts selected, so typing replaces it.
 */
export interface InPlaceEdit {
  readonly kind: 'touchpoint' | 'note';
  readonly id: string;
  readonly selectAll: boolean;
}

/**
 * A version of the map shown on the canvas in place of the live one, read-only (History panel).
 * The live doc keeps syncing into `map` behind it; leaving the preview shows `map` again as it is.
 */
export interface HistoryPreview {
  readonly version: VersionSummary;
  /** The version's snapshot, read from its Yjs state by `readMap` like the live map. */
  readonly map: JourneyMap;
}

/**
 * Cards marked on the canvas as added, changed or removed since `base`: the previewed version
 * ("Compare with now": the canvas shows the live map, with the removed cards drawn from the version)
 * or the session's start ("Changed since the session began": marks on the live map only).
 */
export interface Highlight {
  readonly kind: 'compare' | 'session';
  readonly base: JourneyMap;
}

export interface EditorState {
  // Document slice: derived from the Y.Doc by bindDocToStore, never edited directly.
  readonly map: JourneyMap | null;
  readonly layout: GridLayout | null;
  readonly problems: readonly ReadProblem[];
  /** Votes that ended on this map, oldest first (kept as records; History lists them). */
  readonly voteResults: readonly VoteResultSummary[];
  /**
   * The last change to `map`/`layout` came from elsewhere (a peer's update, the local copy), not
   * from this tab's own command: the canvas shows it after the next frame's paint (useNextFrame).
   */
  readonly peerEdit: boolean;
  // Session slice: this tab only.
  readonly status: ConnectionStatus;
  /** True once the first sync with the server finished (or the local copy loaded). */
  readonly loaded: boolean;
  /** Set when the server closed for good (map deleted, newer schema…): the editor shows it. */
  readonly fatal: string | null;
  /**
   * Who says the map was saved by a newer Journey: the doc (its schema version is past this code's;
   * follows the doc, since a client that raised it is put back by the server at once) or the server
   * (it dropped a write for that; stays until a reload). Read-only while set.
   */
  readonly newerSchema: 'doc' | 'server' | null;
  readonly selection: Selection;
  /**
   * Touchpoints selected together (shift-click, box select): empty unless two or more are, and
   * `selection` is null then. Dragged, deleted or duplicated as one.
   */
  readonly group: readonly string[];
  readonly drag: DragState | null;
  readonly editing: InPlaceEdit | null;
  readonly renamingStageId: string | null;
  /** The stage whose delete dialog is open. */
  readonly deletingStageId: string | null;
  /** Mirrors the UndoManager's stacks, so the undo/redo buttons can be disabled. */
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Local edits the server has not confirmed yet (made offline, or sent and not yet acknowledged). */
  readonly unsynced: number;
  /** The keyboard shortcuts sheet ("?") is open. */
  readonly shortcutsOpen: boolean;
  readonly error: string | null;
  // Access: the server's word on who this tab is (the access check, then its role notice on each
  // connect, lowered when it drops a write). The UI only mirrors it; the server enforces it.
  readonly access: MapAccess;
  /** This browser's person id (from its person key), to tell whether a freeze applies to it. */
  readonly personId: string | null;
  // Comments slice: derived from the comments doc by bindCommentsToStore, never edited directly.
  readonly comments: CommentsSnapshot | null;
  /** Comment records this editor could not show (the read-problems notice lists them with the map's). */
  readonly commentProblems: readonly ReadProblem[];
  /** The comments panel's tab, or null while it is closed. */
  readonly commentsTab: 'open' | 'resolved' | null;
  // Insights: this tab only.
  /** The hubs panel is open (in place of the side panel). */
  readonly hubsOpen: boolean;
  /** Cards of this owner are highlighted, the others dimmed; UNOWNED picks the cards with no owner. */
  readonly ownerFilter: string | null;
  /** The "Failure demand" report (client/editor/insights/ledger) is open. */
  readonly ledgerOpen: boolean;
  /** The value × effort matrix of the map's actions is open (client/editor/programme). */
  readonly matrixOpen: boolean;
  // History: this tab only.
  /** The History panel is open (in place of the side panel). */
  readonly historyOpen: boolean;
  readonly preview: HistoryPreview | null;
  readonly highlight: Highlight | null;
  /** Which view of the map this tab shows: the canvas or the table (client/editor/table). */
  readonly view: 'canvas' | 'table';
  /** Presenting or following a presentation (issue 18); the slide travels through awareness. */
  readonly presentation: PresentationState;
  /**
   * Issue 21: the server's persona library as read from its doc (bound by the persona library's
   * provider, never edited here); the map's `settings.personaIds` pick from it.
   */
  readonly personas: readonly Persona[];
  // Issue 21: this tab only.
  /**
   * The persona filter: the linked personas whose journey is shown (cards a shown persona does not
   * use are dimmed; their curves only). Empty = all personas.
   */
  readonly personaFilter: readonly string[];
  /** Current state, future state, or both with the difference (records/futureState.ts). */
  readonly variantView: MapVariantView;
  /** Bumped by a `links-changed` notice: the linked-journeys views fetch the links again. */
  readonly linksRevision: number;
}

export type EditorStore = StoreApi<EditorState>;

/** Before the server has said otherwise: an editor in open mode (what a page without a token is). */
export const OPEN_ACCESS: MapAccess = { role: 'editor', mode: 'open', canShare: false };

/** The facilitator froze the map and this tab's person is not the facilitator: it only looks. */
export const selectFrozenOut = (s: EditorState): boolean => {
  const f = s.map?.facilitation;
  return !!f?.frozen && f.facilitator?.userId !== s.personId;
};
/**
 * Only editors change the map (the editing controls show, commands run), not while frozen out, not
 * a map saved by a newer Journey (this tab does not know its shapes: reload to continue), and not
 * while a version is previewed (the canvas shows the past, which no command may write to).
 */
export const selectCanEdit = (s: EditorState): boolean =>
  s.access.role === 'editor' && !selectFrozenOut(s) && s.newerSchema === null && s.preview === null;
/** Editors and commenters write comments; viewers read them. */
export const selectCanComment = (s: EditorState): boolean => s.access.role !== 'viewer';

export function createEditorStore(access: MapAccess = OPEN_ACCESS): EditorStore {
  const store = createStore<EditorState>()(() => ({
    map: null,
    layout: null,
    problems: [],
    voteResults: [],
    peerEdit: false,
    status: 'connecting',
    loaded: false,
    fatal: null,
    newerSchema: null,
    selection: null,
    group: [],
    drag: null,
    editing: null,
    renamingStageId: null,
    deletingStageId: null,
    canUndo: false,
    canRedo: false,
    unsynced: 0,
    shortcutsOpen: false,
    error: null,
    access,
    personId: null,
    comments: null,
    commentProblems: [],
    commentsTab: null,
    hubsOpen: false,
    ownerFilter: null,
    ledgerOpen: false,
    matrixOpen: false,
    personas: [],
    personaFilter: [],
    variantView: 'current',
    linksRevision: 0,
    historyOpen: false,
    preview: null,
    highlight: null,
    view: 'canvas',
    presentation: NOT_PRESENTING,
  }));
  store.subscribe((state, prev) => {
    // Selecting anything else (or nothing) ends typing on a card.
    if (state.editing && selectedRecordId(state.selection) !== state.editing.id)
      store.setState({ editing: null });
    // Any single selection (a click, a comment's anchor, an undo) ends a multi-selection.
    if (state.selection && state.selection !== prev.selection && state.group.length > 0)
      store.setState({ group: [] });
    // The comments or the hubs panel takes the History panel's place (a preview stays, with its banner).
    if (state.historyOpen && ((state.commentsTab && !prev.commentsTab) || (state.hubsOpen && !prev.hubsOpen)))
      store.setState({ historyOpen: false });
    // A drag held the columns still (setSnapshot); once it ends, the grid fits the map again.
    if (!state.drag && prev.drag && state.map && state.layout?.held)
      store.setState({ layout: layoutMap(state.map, undefined, state.layout), peerEdit: false });
  });
  return store;
}

/**
 * Applies a new snapshot; the layout is recomputed only when the snapshot changed, and while this tab
 * drags it keeps the columns where they are (layoutMap's `hold`), so the grid doesn't move under the pointer.
 * `fromPeer`: the change came in from elsewhere (see `peerEdit`).
 */
export function setSnapshot(
  store: EditorStore,
  map: JourneyMap,
  problems: readonly ReadProblem[],
  fromPeer = false,
): void {
  const prev = store.getState();
  const sameProblems = sameReadProblems(prev.problems, problems);
  if (prev.map === map && sameProblems) return;
  const layout =
    prev.map === map && prev.layout
      ? prev.layout
      : layoutMap(map, (prev.drag && prev.layout) || undefined, prev.layout ?? undefined);
  const selection = selectionStillExists(prev.selection, map) ? prev.selection : null;
  store.setState({
    map,
    layout,
    peerEdit: prev.map === map ? prev.peerEdit : fromPeer,
    // The same list keeps its identity, so the notice does not re-render on every edit.
    problems: sameProblems ? prev.problems : problems,
    selection,
    group: groupStillExisting(prev.group, map),
  });
}

/** Same problems in the same order (one replacing another with the count unchanged is a change). */
export function sameReadProblems(a: readonly ReadProblem[], b: readonly ReadProblem[]): boolean {
  return a.length === b.length && a.every((p, i) => sameFields(p, b[i]!));
}

export function selectionStillExists(sel: Selection, map: JourneyMap): boolean {
  if (!sel) return true;
  switch (sel.kind) {
    case 'touchpoint':
      return map.touchpoints.some((t) => t.id === sel.id);
    case 'note':
      return map.notes.some((n) => n.id === sel.id);
    case 'stage':
      return map.stages.some((s) => s.id === sel.id);
    case 'connection':
      return map.connections.some((c) => c.id === sel.id);
    case 'cell':
      return (
        map.stages.some((s) => s.id === sel.stageId) &&
        map.lanes.some((l) => l.id === sel.laneId && l.visible)
      );
  }
}

/** The group without cards deleted meanwhile (same array when none was); under two left, none. */
function groupStillExisting(group: readonly string[], map: JourneyMap): readonly string[] {
  if (group.length === 0) return group;
  const ids = new Set(map.touchpoints.map((t) => t.id));
  const left = group.filter((id) => ids.has(id));
  return left.length === group.length ? group : left.length >= 2 ? left : [];
}
