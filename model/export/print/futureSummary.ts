import { futureDiff } from '../../future/futureDiff';
import type { JourneyMap } from '../../journeyMap';
import { groupHeading, note } from './printBlocks';
import type { FlowBlock } from './textFlow';

/**
 * Issue 21: the summary's line on the future state, when the print shows both states (the only
 * view that holds every card, so the counts are whole): "Future state: 2 new, 1 changed, 1 removed".
 */
export function futureSummaryBlocks(map: JourneyMap, width: number): FlowBlock[] {
  const { counts, stages } = futureDiff(map);
  const better = stages.filter((s) => s.delta !== null && s.delta > 0).length;
  const worse = stages.filter((s) => s.delta !== null && s.delta < 0).length;
  return [
    groupHeading(
      'Future state',
      width,
      'What the to-be journey changes: the badges and the green curve on the map.',
    ),
    note(`Future state: ${counts.added} new, ${counts.changed} changed, ${counts.removed} removed.`, width),
    note(`The curve rises in ${better} ${better === 1 ? 'stage' : 'stages'} and falls in ${worse}.`, width),
  ];
}
