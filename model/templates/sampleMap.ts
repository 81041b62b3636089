import { generateNKeysBetween } from 'fractional-indexing';
import type * as Y from 'yjs';
import { putRecord } from '../docLayout';
import { connectionId } from '../records/connection';
import type { Channel } from '../records/channel';
import type { Emotion } from '../records/emotion';
import type { MapInfo } from '../records/mapInfo';
import { newNoteId, type Note } from '../records/note';
import { newTouchpointId, type HubOverride, type Touchpoint, type Voc } from '../records/touchpoint';
import { writeGrid } from './blankMap';

/** DOMAIN.md's sample: "Home-internet customer whose connection drops". */
export const SAMPLE_INFO: MapInfo = {
  title: 'Home internet: connection drops',
  persona: 'Home-internet customer whose connection drops',
  goal: 'Get back online fast, without repeating the story',
  scenario: 'Streaming stops on a weekday evening; the customer tries to fix it, then contacts support.',
};

const STAGES = [
  'Notice problem',
  'Self-diagnose',
  'Contact support',
  'Technician visit',
  'Resolution',
  'Follow-up',
];

type SampleCard = [
  stage: number,
  title: string,
  channel: Channel,
  owner: string,
  emotion: Emotion,
  voc?: Voc,
  hub?: HubOverride,
];
const CARDS: SampleCard[] = [
  [0, 'Streaming stops', 'inHome', 'Network ops', -1],
  [1, 'Status page', 'web', 'Digital', -1, { nps: -20 }],
  [1, 'Router app restart', 'mobileApp', 'Digital', -2, { verbatims: ['the app just spins'] }],
  [2, 'IVR menu', 'ivr', 'Contact center', -2],
  [
    2,
    'Agent call',
    'phone',
    'Contact center',
    1,
    { csat: 4.2, sampleSize: 312, verbatims: ['the agent was incredibly efficient and polite'] },
  ],
  [2, 'Chat with bot', 'chat', 'Contact center', -1],
  // A field-service reminder, not a contact-center conversation: unmarked despite its channel.
  [3, 'Appointment SMS', 'messaging', 'Field service', 0, undefined, 'notHub'],
  [3, 'Technician at home', 'inPerson', 'Field service', 1],
  [4, 'Service restored', 'inHome', 'Network ops', 2],
  [5, 'Survey email', 'email', 'CX team', 0],
  [5, 'Bill credit', 'mail', '', 1],
];
const EDGES: Array<[string, string]> = [
  ['Status page', 'Agent call'],
  ['Router app restart', 'Chat with bot'],
  ['Chat with bot', 'Agent call'],
  ['IVR menu', 'Agent call'],
  ['Agent call', 'Appointment SMS'],
];
const NOTES: Array<[stage: number, kind: Note['kind'], text: string, cxArea?: Note['cxArea']]> = [
  [1, 'painPoint', 'Status page says all is fine'],
  [2, 'painPoint', 'IVR has no outage option'],
  [0, 'opportunity', 'Proactive outage SMS', 'advantage'],
];

/** Writes the sample map's records (inside the caller's transaction). */
export function writeSampleMap(doc: Y.Doc): void {
  const { stageIds, laneIds } = writeGrid(doc, STAGES);
  const byTitle = new Map<string, string>();
  const perStage = new Map<number, number>();
  for (const [stage] of CARDS) perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
  const keys = new Map([...perStage].map(([stage, n]) => [stage, generateNKeysBetween(null, null, n)]));
  const used = new Map<number, number>();
  for (const [stage, title, channel, owner, emotion, voc, hub] of CARDS) {
    const i = used.get(stage) ?? 0;
    used.set(stage, i + 1);
    const tp: Touchpoint = {
      id: newTouchpointId(),
      title,
      stageId: stageIds[stage] ?? '',
      laneId: laneIds.touchpoints,
      order: keys.get(stage)?.[i] ?? 'a0',
      channel,
      owner,
      description: '',
      emotion,
      hub: hub ?? 'auto',
      voc,
    };
    byTitle.set(title, tp.id);
    putRecord(doc, 'touchpoints', tp);
  }
  for (const [fromTitle, toTitle] of EDGES) {
    const from = byTitle.get(fromTitle) ?? '';
    const to = byTitle.get(toTitle) ?? '';
    putRecord(doc, 'connections', { id: connectionId(from, to), from, to });
  }
  NOTES.forEach(([stage, kind, text, cxArea], i) => {
    putRecord(doc, 'notes', {
      id: newNoteId(),
      kind,
      stageId: stageIds[stage] ?? '',
      text,
      cxArea,
      order: `a${i}`,
    });
  });
}
