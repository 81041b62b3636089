import type { JourneyMap } from '../../journeyMap';
import type { Action } from '../../records/action';
import type { Connection } from '../../records/connection';
import { CHANNEL_TRAITS } from '../../records/channel';
import { clampEmotion, EMOTION_COLORS, EMOTION_LABELS } from '../../records/emotion';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS, type Note } from '../../records/note';
import type { Touchpoint } from '../../records/touchpoint';
import { routeLabelText } from '../../routes/routeLabels';
import { entry, groupHeading, sectionHeading } from './printBlocks';
import { PRINT_TEXT, type PrintStyle } from './printText';
import { actionLine } from './programmeBlocks';
import { pad } from './summaryBlocks';
import type { FlowBlock } from './textFlow';

type Detail = { readonly text: string; readonly style?: PrintStyle; readonly indent?: number };

/**
 * Everything the map pages have no room for, stage by stage in map order: every card with its
 * channel, lane, owner and emotion, its description, its VoC (NPS, CSAT, sample, verbatims), its
 * routes in and out (reason, volume); then the stage's pain points with their five whys and its
 * opportunities, each with its actions (status, owner, due, overdue on `today`). Nothing is cut: long text wraps and flows on to the next column and page.
 */
export function appendixBlocks(map: JourneyMap, width: number, today?: string): FlowBlock[] {
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title.trim() || 'Untitled']));
  const lanes = new Map(map.lanes.map((l) => [l.id, l.label.trim() || 'Untitled lane']));
  const actionsByNote = new Map<string, Action[]>();
  for (const a of map.actions) actionsByNote.set(a.noteId, [...(actionsByNote.get(a.noteId) ?? []), a]);
  const blocks: FlowBlock[] = [sectionHeading('Appendix: every card', width, true)];
  map.stages.forEach((stage, i) => {
    const cards = map.touchpoints.filter((t) => t.stageId === stage.id);
    const notes = map.notes.filter((n) => n.stageId === stage.id);
    blocks.push(
      groupHeading(
        `${pad(i + 1)} ${stage.name.trim() || 'Untitled stage'}`,
        width,
        `${count(cards.length, 'touchpoint')}, ${count(notes.length, 'note')}`,
      ),
    );
    for (const tp of cards) {
      const e = clampEmotion(tp.emotion);
      const details: Detail[] = [
        {
          text: [
            CHANNEL_TRAITS[tp.channel].label,
            lanes.get(tp.laneId),
            tp.owner.trim() ? `Owner: ${tp.owner.trim()}` : 'No owner',
            `${EMOTION_LABELS[e]} (${e > 0 ? '+' : ''}${e}${tp.emotionMeasured ? ', measured' : ''})`,
          ]
            .filter(Boolean)
            .join(' · '),
        },
        ...(tp.description.trim() ? [{ text: tp.description.trim(), style: PRINT_TEXT.body }] : []),
        ...vocDetails(tp),
        ...routeDetails(map.connections, tp.id, titles),
      ];
      blocks.push(entry(titles.get(tp.id) ?? 'Untitled', details, width, EMOTION_COLORS[e]));
    }
    for (const n of notes) blocks.push(noteEntry(n, titles, width, actionsByNote.get(n.id) ?? [], today));
  });
  return blocks;
}

function vocDetails(tp: Touchpoint): Detail[] {
  const voc = tp.voc;
  if (!voc) return [];
  const figures = [
    voc.nps !== undefined ? `NPS ${voc.nps}` : '',
    voc.csat !== undefined ? `CSAT ${voc.csat}` : '',
    voc.sampleSize !== undefined ? `sample ${voc.sampleSize.toLocaleString('en')}` : '',
  ].filter(Boolean);
  const verbatims = (voc.verbatims ?? []).map((v) => v.trim()).filter(Boolean);
  return [
    ...(figures.length
      ? [{ text: `Voice of the customer: ${figures.join(' · ')}`, style: PRINT_TEXT.body }]
      : []),
    ...verbatims.map((v) => ({ text: `“${v}”`, style: PRINT_TEXT.quote, indent: 8 })),
  ];
}

function routeDetails(
  connections: readonly Connection[],
  id: string,
  titles: ReadonlyMap<string, string>,
): Detail[] {
  const line = (dir: string, other: string, c: Connection) => {
    const label = routeLabelText(c);
    return { text: `${dir} “${titles.get(other) ?? '?'}”${label ? `: ${label}` : ''}` };
  };
  return [
    ...connections.filter((c) => c.from === id).map((c) => line('Route to', c.to, c)),
    ...connections.filter((c) => c.to === id).map((c) => line('Route from', c.from, c)),
  ];
}

function noteEntry(
  n: Note,
  titles: ReadonlyMap<string, string>,
  width: number,
  actions: readonly Action[],
  today?: string,
): FlowBlock {
  const traits = NOTE_KIND_TRAITS[n.kind];
  const meta = [
    n.touchpointId ? `at “${titles.get(n.touchpointId) ?? '?'}”` : '',
    n.owner?.trim() ? `Owner: ${n.owner.trim()}` : '',
    n.cxArea ? `CX area: ${CX_AREA_LABELS[n.cxArea]}` : '',
  ].filter(Boolean);
  const whys = traits.hasWhys
    ? (n.whys ?? [])
        .map((w) => w.trim())
        .filter(Boolean)
        .map((w, i) => ({ text: `Why ${i + 1}: ${w}`, indent: 8 }))
    : [];
  return entry(
    `${traits.label}: ${n.text.trim() || traits.label}`,
    [
      ...(meta.length ? [{ text: meta.join(' · ') }] : []),
      ...whys,
      ...actions.flatMap((a) => [
        { text: `Action: ${a.title.trim() || 'Untitled action'}`, style: PRINT_TEXT.body, indent: 8 },
        { text: actionLine(a, today), indent: 16 },
      ]),
    ],
    width,
    traits.colors.minimap,
  );
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
