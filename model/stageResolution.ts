import type { Stage, StageRecord } from './records/stage';

/**
 * Where a card that names `stageId` actually stands. A deleted stage forwards to its fallback (the
 * neighbour chosen when it was deleted), so a touchpoint added concurrently to a stage someone else
 * deleted lands next door instead of vanishing. A stage id nobody knows goes to the first stage.
 * Returns undefined only when the map has no live stage at all.
 */
export function resolveStageId(
  stageId: string,
  stagesById: ReadonlyMap<string, StageRecord>,
  liveStages: readonly Stage[],
): string | undefined {
  const seen = new Set<string>();
  let current: string | undefined = stageId;
  while (current !== undefined && !seen.has(current)) {
    seen.add(current);
    const rec = stagesById.get(current);
    if (!rec) break;
    if (!rec.deleted) return rec.id;
    current = rec.fallbackStageId;
  }
  return liveStages[0]?.id;
}
