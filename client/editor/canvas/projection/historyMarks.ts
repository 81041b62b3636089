import { compareOrdered, type JourneyMap, type Note, type Touchpoint } from '../../../../model';
import type { DiffKind, MapDiff } from '../../../../model/history';

/** How a card (or a stage's header) is marked on the canvas against an earlier version (History: compare, session overlay). */
export type CardMark = 'added' | 'changed' | 'removed';
export type CardMarks = ReadonlyMap<string, CardMark>;

/** Kinds marked on the canvas; lanes and routes are listed in the History panel only. */
const MARKED = new Set<DiffKind>(['touchpoint', 'note', 'stage']);

/** Each changed card's, note's and stage header's mark, by id. */
export function marksOf(diff: MapDiff): CardMarks {
  const marks = new Map<string, CardMark>();
  for (const c of diff.changes) if (MARKED.has(c.kind)) marks.set(c.id, c.change);
  return marks;
}

/**
 * The live map with the cards, notes and stages removed since `base` put back from it, so "Compare
 * with now" can draw them (ghosted) where they were. Stages go back by their order keys, cards into
 * their cells in order, as `readMap` sorts them; a card whose lane is gone has no place and is left out.
 * Only for the canvas: never written anywhere.
 */
export function withRemoved(live: JourneyMap, base: JourneyMap, diff: MapDiff): JourneyMap {
  const removed = new Set(diff.changes.filter((c) => c.change === 'removed').map((c) => c.id));
  if (removed.size === 0) return live;
  const stages = [...live.stages, ...base.stages.filter((s) => removed.has(s.id))].sort(compareOrdered);
  const stageAt = new Map(stages.map((s, i) => [s.id, i]));
  const laneAt = new Map(live.lanes.map((l, i) => [l.id, i]));
  const placeable = (r: { id: string; stageId: string }) => removed.has(r.id) && stageAt.has(r.stageId);
  const cell = (t: Touchpoint) => stageAt.get(t.stageId)! * (live.lanes.length + 1) + laneAt.get(t.laneId)!;
  const touchpoints = [
    ...live.touchpoints,
    ...base.touchpoints.filter((t) => placeable(t) && laneAt.has(t.laneId)),
  ].sort((a, b) => cell(a) - cell(b) || compareOrdered(a, b));
  const notes = [...live.notes, ...base.notes.filter(placeable)].sort(
    (a: Note, b: Note) => stageAt.get(a.stageId)! - stageAt.get(b.stageId)! || compareOrdered(a, b),
  );
  return { ...live, stages, touchpoints, notes };
}
