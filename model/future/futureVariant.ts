import type { JourneyMap } from '../journeyMap';
import { emotionY, type CurvePoint, type GridLayout } from '../layout';
import type { Emotion } from '../records/emotion';
import {
  FUTURE_STATUS_TRAITS,
  type FutureStatus,
  type FutureStatusTraits,
  type MapVariantView,
} from '../records/futureState';
import { isCurveLane } from '../records/lane';
import type { Touchpoint } from '../records/touchpoint';

/** An unchanged card: in both states, no badge. */
const UNCHANGED: FutureStatusTraits = {
  label: 'Unchanged',
  badge: '',
  color: '',
  inCurrent: true,
  inFuture: true,
};

/** Which state a view draws a card in: a table, so the views read traits and never test kinds. */
const SHOWN_IN: Record<MapVariantView, (t: FutureStatusTraits) => boolean> = {
  current: (t) => t.inCurrent,
  future: (t) => t.inFuture,
  both: () => true,
};
/** Which emotion a view draws on the card and the curve. */
const EMOTION_IN: Record<MapVariantView, (tp: Touchpoint) => Emotion> = {
  current: (tp) => tp.emotion as Emotion,
  future: (tp) => futureEmotionOf(tp),
  both: (tp) => tp.emotion as Emotion,
};
/** Badges only show the difference, so only the "both" view has them. */
const BADGED: Record<MapVariantView, boolean> = { current: false, future: false, both: true };

export function futureTraitsOf(tp: Pick<Touchpoint, 'futureStatus'>): FutureStatusTraits {
  return tp.futureStatus ? FUTURE_STATUS_TRAITS[tp.futureStatus] : UNCHANGED;
}

/** The to-be emotion: `futureEmotion`, else the card's own (a new card's own starts neutral). */
export function futureEmotionOf(tp: Pick<Touchpoint, 'emotion' | 'futureEmotion'>): Emotion {
  return (tp.futureEmotion ?? tp.emotion) as Emotion;
}

/** The view in force: a map without a future state is always drawn as it is. */
export function effectiveView(map: JourneyMap | null, view: MapVariantView): MapVariantView {
  return map?.settings.futureState ? view : 'current';
}

/** The badge a card wears in a view (null: none): text and colour from the traits table. */
export function futureBadge(
  tp: Pick<Touchpoint, 'futureStatus'>,
  view: MapVariantView,
): {
  readonly status: FutureStatus;
  readonly text: string;
  readonly color: string;
  readonly label: string;
} | null {
  if (!BADGED[view] || !tp.futureStatus) return null;
  const t = FUTURE_STATUS_TRAITS[tp.futureStatus];
  return { status: tp.futureStatus, text: t.badge, color: t.color, label: t.label };
}

/**
 * The snapshot a view draws: the cards it shows, with the emotion it shows (so the layout's curve is
 * that state's curve), and the connections between shown cards. Returns `map` itself when the view
 * changes nothing (a map without a future state, or "both"), so memoised consumers keep their work.
 */
export function variantOf(map: JourneyMap, view: MapVariantView): JourneyMap {
  const v = effectiveView(map, view);
  const shown = SHOWN_IN[v];
  const emotionOf = EMOTION_IN[v];
  let changed = false;
  const touchpoints: Touchpoint[] = [];
  for (const tp of map.touchpoints) {
    if (!shown(futureTraitsOf(tp))) {
      changed = true;
      continue;
    }
    const emotion = emotionOf(tp);
    // The to-be emotion is one per card: where the future view draws it, it is every persona's too.
    const toBe = v === 'future' && tp.futureEmotion !== undefined;
    if (emotion === tp.emotion && !(toBe && tp.personaEmotions)) touchpoints.push(tp);
    else {
      changed = true;
      // The future emotion is a workshop's guess: not measured, whatever the current one was.
      const { emotionMeasured: _m, emotionDate: _d, personaEmotions, ...rest } = tp;
      touchpoints.push(
        Object.freeze({ ...rest, emotion, ...(toBe || !personaEmotions ? {} : { personaEmotions }) }),
      );
    }
  }
  if (!changed) return map;
  const ids = new Set(touchpoints.map((t) => t.id));
  return Object.freeze({
    ...map,
    touchpoints,
    connections: map.connections.filter((c) => ids.has(c.from) && ids.has(c.to)),
  });
}

/** The two curves the "both" view overlays, from the layout of every card (current emotions). */
export interface VariantCurves {
  /** As-is: the cards that exist now, at their current emotion. */
  readonly current: readonly CurvePoint[];
  /** To-be: the cards that exist in the future, at their future emotion. */
  readonly future: readonly CurvePoint[];
}

/** Both curves over one layout (the layout of `map` as is, every card on it). */
export function variantCurves(map: JourneyMap, layout: GridLayout): VariantCurves {
  const row = layout.rows.find((r) => isCurveLane(r.kind));
  const byId = new Map(map.touchpoints.map((t) => [t.id, t]));
  const current: CurvePoint[] = [];
  const future: CurvePoint[] = [];
  for (const p of layout.curve) {
    const tp = byId.get(p.touchpointId);
    if (!tp || !row) continue;
    const traits = futureTraitsOf(tp);
    if (traits.inCurrent) current.push(p);
    if (traits.inFuture) {
      const emotion = futureEmotionOf(tp);
      future.push({
        touchpointId: p.touchpointId,
        x: p.x,
        y: emotionY(row, emotion),
        emotion,
        measured: false,
      });
    }
  }
  return { current, future };
}

/**
 * A slot of a cell as a view draws it, as a slot of the map: a view that hides cards numbers a
 * cell's slots over the cards it shows, commands number them over every card. The slot before a
 * shown card is the slot before that card; past the last shown card, the slot right after it.
 * `moving`: the card being moved, which a move's slots do not count (see moveTouchpoint).
 */
export function slotInMap(
  map: JourneyMap,
  shown: JourneyMap,
  cell: { readonly stageId: string; readonly laneId: string },
  shownIndex: number,
  moving?: string,
): number {
  if (shown === map) return shownIndex;
  const inCell = (m: JourneyMap) =>
    m.touchpoints
      .filter((t) => t.stageId === cell.stageId && t.laneId === cell.laneId && t.id !== moving)
      .map((t) => t.id);
  const all = inCell(map);
  const seen = inCell(shown);
  const before = seen[shownIndex];
  if (before !== undefined) return all.indexOf(before);
  const last = seen.at(-1);
  return last === undefined ? all.length : all.indexOf(last) + 1;
}
