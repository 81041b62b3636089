import type { JourneyMap } from '../journeyMap';
import { FUTURE_STATUSES, type FutureStatus } from '../records/futureState';
import { LANE_KIND_TRAITS } from '../records/lane';
import { futureEmotionOf, futureTraitsOf } from './futureVariant';

/** One stage's average emotion as is and to be (null: no card on the curve in that state). */
export interface StageEmotionDelta {
  readonly stageId: string;
  readonly name: string;
  readonly current: number | null;
  readonly future: number | null;
  /** future − current; null when either side has no card. */
  readonly delta: number | null;
}

export interface FutureDiff {
  /** How many cards each status holds (added, changed, removed). */
  readonly counts: Readonly<Record<FutureStatus, number>>;
  /** Per live stage, left to right: the emotion on the curve's lanes in each state. */
  readonly stages: readonly StageEmotionDelta[];
}

function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/** What the future state changes: counts by status and the emotion delta per stage. Pure. */
export function futureDiff(map: JourneyMap): FutureDiff {
  const counts = Object.fromEntries(FUTURE_STATUSES.map((s) => [s, 0])) as Record<FutureStatus, number>;
  for (const tp of map.touchpoints) if (tp.futureStatus) counts[tp.futureStatus] += 1;
  const onCurve = new Set(map.lanes.filter((l) => LANE_KIND_TRAITS[l.kind].onCurve).map((l) => l.id));
  const stages = map.stages.map((stage) => {
    const cards = map.touchpoints.filter((t) => t.stageId === stage.id && onCurve.has(t.laneId));
    const current = average(cards.filter((t) => futureTraitsOf(t).inCurrent).map((t) => t.emotion));
    const future = average(cards.filter((t) => futureTraitsOf(t).inFuture).map(futureEmotionOf));
    const delta = current === null || future === null ? null : future - current;
    return { stageId: stage.id, name: stage.name, current, future, delta };
  });
  return { counts, stages };
}
