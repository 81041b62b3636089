import type { JourneyMap } from '../../journeyMap';
import { countInbound, hubRoutesShort } from '../../insights/hubRouteCounts';
import { mapSummary } from '../../insights/mapSummary';
import { ownership } from '../../insights/ownership';
import { CHANNEL_TRAITS } from '../../records/channel';
import { clampEmotion, EMOTION_COLORS, EMOTION_LABELS } from '../../records/emotion';
import { CX_AREA_LABELS } from '../../records/note';
import { perMonth } from '../../routes/routeLabels';
import { entry, groupHeading, note, sectionHeading } from './printBlocks';
import { actionsSummaryBlocks, failureDemandBlocks } from './programmeBlocks';
import type { FlowBlock } from './textFlow';

/**
 * The summary a leadership reader acts on (model/insights, as the app's Summary and Hubs panels
 * show them): hubs by load with loads as the app prints them ("4,200/mo"), the moments of pain,
 * the failure-demand ledger, the touchpoints nobody owns, the open opportunities with who takes
 * them forward, and the actions (open, overdue on `today`, the export's date). Every
 * item is listed in full; a long list flows on to further columns and pages.
 */
export function summaryBlocks(map: JourneyMap, width: number, today?: string): FlowBlock[] {
  const summary = mapSummary(map);
  const cards = new Map(map.touchpoints.map((t) => [t.id, t]));
  const stages = new Map(
    map.stages.map((s, i) => [s.id, `${pad(i + 1)} ${s.name.trim() || 'Untitled stage'}`]),
  );
  const lanes = new Map(map.lanes.map((l) => [l.id, l.label.trim() || 'Untitled lane']));
  const title = (id: string) => cards.get(id)?.title.trim() || 'Untitled';
  const blocks: FlowBlock[] = [sectionHeading('Summary', width, true)];

  blocks.push(
    groupHeading(
      'Hubs by load',
      width,
      'Contact-center touchpoints, busiest first: the monthly volume of the routes into each.',
    ),
  );
  if (summary.hubsByLoad.length === 0) blocks.push(note('No hubs on this map.', width));
  for (const h of summary.hubsByLoad) {
    const from = h.inboundStageIds.map((id) => stages.get(id)).filter(Boolean);
    const tp = cards.get(h.touchpointId);
    blocks.push(
      entry(
        `${h.title.trim() || 'Untitled'} — ${perMonth(h.load)}`,
        [
          {
            text: `Routes in: ${hubRoutesShort(countInbound(h.inbound))}${from.length ? `, from ${from.join(', ')}` : ''}`,
          },
          ...(h.painShare > 0
            ? [{ text: `${Math.round(h.painShare * 100)}% of the pain points lead here` }]
            : []),
        ],
        width,
        tp ? CHANNEL_TRAITS[tp.channel].color : undefined,
      ),
    );
  }

  blocks.push(...failureDemandBlocks(map, width));

  blocks.push(
    groupHeading(
      'Moments of pain',
      width,
      'The lowest points of the emotion curve, and its other dips below neutral.',
    ),
  );
  if (summary.momentsOfPain.length === 0)
    blocks.push(note('None: the curve stays at or above neutral.', width));
  for (const m of summary.momentsOfPain) {
    const tp = cards.get(m.touchpointId);
    const e = clampEmotion(m.emotion);
    blocks.push(
      entry(
        title(m.touchpointId),
        [
          {
            text: [
              tp ? stages.get(tp.stageId) : undefined,
              `${EMOTION_LABELS[e]} (${e})`,
              m.kind === 'lowest' ? 'lowest point' : 'dip',
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ],
        width,
        EMOTION_COLORS[e],
      ),
    );
  }

  const unowned = ownership(map).unownedIds;
  blocks.push(
    groupHeading(
      'Unowned touchpoints',
      width,
      `${summary.unownedCount} of ${summary.needOwnerCount} touchpoints that need an owner have none.`,
    ),
  );
  for (const id of unowned) {
    const tp = cards.get(id);
    blocks.push(
      entry(
        title(id),
        [{ text: [tp && stages.get(tp.stageId), tp && lanes.get(tp.laneId)].filter(Boolean).join(' · ') }],
        width,
      ),
    );
  }

  const opportunities = map.notes.filter((n) => n.kind === 'opportunity');
  blocks.push(
    groupHeading('Open opportunities', width, 'What the team can do about it, and who takes it forward.'),
  );
  if (opportunities.length === 0) blocks.push(note('No opportunities on this map yet.', width));
  for (const n of opportunities) {
    blocks.push(
      entry(
        n.text.trim() || 'Opportunity',
        [
          {
            text: [
              stages.get(n.stageId),
              n.owner?.trim() ? `Owner: ${n.owner.trim()}` : 'No owner yet',
              n.cxArea ? CX_AREA_LABELS[n.cxArea] : undefined,
              n.touchpointId ? `at “${title(n.touchpointId)}”` : undefined,
            ]
              .filter(Boolean)
              .join(' · '),
          },
        ],
        width,
        '#16a34a',
      ),
    );
  }
  blocks.push(...actionsSummaryBlocks(map, width, today));
  return blocks;
}

/** Stage numbers as on the map's headers: "01". */
export const pad = (n: number) => String(n).padStart(2, '0');
