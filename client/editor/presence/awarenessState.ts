import { z } from 'zod';

/**
 * The presence record each tab publishes through Yjs awareness: synced to everyone on the map,
 * never saved. Peers' states arrive from other browsers, so they are parsed here and never trusted:
 * a state without a valid `user` is ignored; any other field that fails validation reads as null.
 */

const id = z.string().min(1).max(64);
/** Flow coordinates are bounded so a hostile peer cannot push a cursor to Infinity. */
const coordinate = z.number().finite().min(-1e7).max(1e7);

export const presenceUserSchema = z.object({
  id,
  name: z.string().trim().min(1).max(60),
  /** Drawn into style attributes, hence a strict #rrggbb. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
});
export type PresenceUser = Readonly<z.infer<typeof presenceUserSchema>>;

/** A pointer position in flow coordinates, so it lands on the same card whatever the viewport. */
export const cursorSchema = z.object({ x: coordinate, y: coordinate });
export type PeerCursor = Readonly<z.infer<typeof cursorSchema>>;

/** What the peer selected on the canvas (mirrors the editor store's selection). */
export const selectionSchema = z.object({ kind: z.enum(['touchpoint', 'note', 'stage', 'connection']), id });
export type PeerSelection = Readonly<z.infer<typeof selectionSchema>>;

/** The side-panel field the peer is typing in: `id` is the record ('map' for the map's own fields). */
export const editingSchema = z.object({ id, field: z.string().min(1).max(60) });
export type PeerEditing = Readonly<z.infer<typeof editingSchema>>;

/**
 * The peer's React Flow transform and canvas size. Followers now fit `view` (below); this stays
 * published for tabs still running the version that copies it.
 */
export const viewportSchema = z.object({
  x: coordinate,
  y: coordinate,
  zoom: z.number().finite().min(0.01).max(10),
  width: z.number().finite().min(0).max(100_000),
  height: z.number().finite().min(0).max(100_000),
});
export type PeerViewport = Readonly<z.infer<typeof viewportSchema>>;

/**
 * The rectangle of the map the peer sees, in flow coordinates: what a follower fits into their own
 * window, so everyone following sees the same area whatever their screen. Sizes are at least one
 * flow unit, so fitting it never divides by zero.
 */
export const viewSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.number().finite().min(1).max(1e7),
  height: z.number().finite().min(1).max(1e7),
});
export type PeerView = Readonly<z.infer<typeof viewSchema>>;

/** "Bring everyone here": a fresh random id each time; a new id from a peer makes others follow them. */
export const summonSchema = z.object({ id });
export type PeerSummon = Readonly<z.infer<typeof summonSchema>>;

/**
 * The slide this tab presents (issue 18): its id in the map's deck, which every follower resolves
 * against the same doc and frames in their own window. Obeyed only from the seat holder's tabs; the
 * server strips it from anyone else's state.
 */
export const presentingSchema = z.object({ slideId: z.string().min(1).max(80) });
export type PeerPresenting = Readonly<z.infer<typeof presentingSchema>>;

/** Most cards one drag shows to peers: a bigger group still moves for its dragger, and lands for all on drop. */
export const MAX_DRAG_CARDS = 200;

/**
 * The cards the peer is dragging right now, at their current flow positions: mid-drag positions
 * travel only here (the doc changes once, on drop), so peers can draw the cards in the air.
 */
export const dragSchema = z.object({
  cards: z
    .array(z.object({ id: z.string().min(1).max(80), x: coordinate, y: coordinate }))
    .min(1)
    .max(MAX_DRAG_CARDS),
});
export type PeerDrag = Readonly<z.infer<typeof dragSchema>>;

/** Everything one tab publishes. Only `user` is required; the rest is null when absent or invalid. */
export interface AwarenessState {
  readonly user: PresenceUser;
  readonly cursor: PeerCursor | null;
  readonly selection: PeerSelection | null;
  readonly editing: PeerEditing | null;
  readonly viewport: PeerViewport | null;
  /** Absent from tabs that publish only `viewport` (older versions): derive it then (viewBox.ts). */
  readonly view: PeerView | null;
  readonly summon: PeerSummon | null;
  readonly drag: PeerDrag | null;
  readonly presenting: PeerPresenting | null;
}

const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional().catch(null);

const awarenessStateSchema = z.object({
  user: presenceUserSchema,
  cursor: optional(cursorSchema),
  selection: optional(selectionSchema),
  editing: optional(editingSchema),
  viewport: optional(viewportSchema),
  view: optional(viewSchema),
  summon: optional(summonSchema),
  drag: optional(dragSchema),
  presenting: optional(presentingSchema),
});

/** A peer's raw awareness state → a valid state, or null when it cannot be shown (ignore it). */
export function parseAwarenessState(raw: unknown): AwarenessState | null {
  const parsed = awarenessStateSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { user, cursor, selection, editing, viewport, view, summon, drag, presenting } = parsed.data;
  return {
    user,
    cursor: cursor ?? null,
    selection: selection ?? null,
    editing: editing ?? null,
    viewport: viewport ?? null,
    view: view ?? null,
    summon: summon ?? null,
    drag: drag ?? null,
    presenting: presenting ?? null,
  };
}
