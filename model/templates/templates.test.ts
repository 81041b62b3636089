import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { isHub } from '../hub';
import { CURRENT_SCHEMA_VERSION } from '../migrations';
import { SERVER_ORIGIN, TEMPLATE_ORIGIN } from '../origins';
import { readMap } from '../readMap';
import { EMPTY_MAP_INFO } from '../records/mapInfo';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { watchTransactions } from '../testing/transactionLog';
import { DEFAULT_LANES, DEFAULT_STAGES } from './blankMap';
import { initMapDoc } from './initMapDoc';
import { SAMPLE_INFO } from './sampleMap';

/** DOMAIN.md's sample map, card by card: [stage, title, channel, owner, emotion]. */
const DOMAIN_CARDS = [
  ['Notice problem', 'Streaming stops', 'inHome', 'Network ops', -1],
  ['Self-diagnose', 'Status page', 'web', 'Digital', -1],
  ['Self-diagnose', 'Router app restart', 'mobileApp', 'Digital', -2],
  ['Contact support', 'IVR menu', 'ivr', 'Contact center', -2],
  ['Contact support', 'Agent call', 'phone', 'Contact center', 1],
  ['Contact support', 'Chat with bot', 'chat', 'Contact center', -1],
  ['Technician visit', 'Appointment SMS', 'messaging', 'Field service', 0],
  ['Technician visit', 'Technician at home', 'inPerson', 'Field service', 1],
  ['Resolution', 'Service restored', 'inHome', 'Network ops', 2],
  ['Follow-up', 'Survey email', 'email', 'CX team', 0],
  ['Follow-up', 'Bill credit', 'mail', '', 1],
];

describe('the sample template', () => {
  const doc = templateDoc('sample');
  const { map, problems } = readMap(doc);
  const titleOf = (id: string) => map.touchpoints.find((t) => t.id === id)?.title ?? '?';
  const stageName = (id: string) => map.stages.find((s) => s.id === id)?.name;

  it('reads without problems at the current schema version', () => {
    expect(problems).toEqual([]);
    expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(map.info).toEqual(SAMPLE_INFO);
  });

  it('has the six stages in order', () => {
    expect(map.stages.map((s) => s.name)).toEqual([
      'Notice problem',
      'Self-diagnose',
      'Contact support',
      'Technician visit',
      'Resolution',
      'Follow-up',
    ]);
  });

  it('has the eleven touchpoints of DOMAIN.md, in stage order', () => {
    expect(
      map.touchpoints.map((t) => [stageName(t.stageId), t.title, t.channel, t.owner, t.emotion]),
    ).toEqual(DOMAIN_CARDS);
  });

  it('carries the VoC data of DOMAIN.md', () => {
    expect(touchpointTitled(map, 'Status page').voc?.nps).toBe(-20);
    expect(touchpointTitled(map, 'Router app restart').voc?.verbatims).toEqual(['the app just spins']);
    expect(touchpointTitled(map, 'Agent call').voc).toMatchObject({
      csat: 4.2,
      verbatims: ['the agent was incredibly efficient and polite'],
    });
  });

  it('makes IVR menu, Agent call and Chat with bot hubs by the channel rule, and nothing else', () => {
    const hubs = map.touchpoints.filter(isHub).map((t) => t.title);
    expect(hubs).toEqual(['IVR menu', 'Agent call', 'Chat with bot']);
    for (const title of hubs) expect(touchpointTitled(map, title).hub).toBe('auto');
  });

  it('leaves only "Bill credit" without an owner', () => {
    expect(map.touchpoints.filter((t) => t.owner.trim() === '').map((t) => t.title)).toEqual(['Bill credit']);
  });

  it('has the five edges of DOMAIN.md', () => {
    const edges = map.connections.map((c) => `${titleOf(c.from)} → ${titleOf(c.to)}`).sort();
    expect(edges).toEqual(
      [
        'Status page → Agent call',
        'Router app restart → Chat with bot',
        'Chat with bot → Agent call',
        'IVR menu → Agent call',
        'Agent call → Appointment SMS',
      ].sort(),
    );
  });

  it('has two pain points and one Advantage opportunity on the right stages', () => {
    expect(map.notes.map((n) => [n.kind, stageName(n.stageId), n.text, n.cxArea])).toEqual([
      ['opportunity', 'Notice problem', 'Proactive outage SMS', 'advantage'],
      ['painPoint', 'Self-diagnose', 'Status page says all is fine', undefined],
      ['painPoint', 'Contact support', 'IVR has no outage option', undefined],
    ]);
  });

  it('puts every card in the Touchpoints lane', () => {
    const lane = map.lanes.find((l) => l.kind === 'touchpoints');
    expect(new Set(map.touchpoints.map((t) => t.laneId))).toEqual(new Set([lane?.id]));
  });
});

describe('the blank template', () => {
  it('has the default stages and lanes and nothing else', () => {
    const map = cleanMap(templateDoc('blank'));
    expect(map.stages.map((s) => s.name)).toEqual(DEFAULT_STAGES);
    expect(map.lanes.map((l) => [l.kind, l.visible])).toEqual(DEFAULT_LANES.map((l) => [l.kind, l.visible]));
    expect(map.lanes.find((l) => l.kind === 'thoughts')?.visible).toBe(false);
    expect([map.touchpoints, map.connections, map.notes]).toEqual([[], [], []]);
    expect(map.info).toEqual(EMPTY_MAP_INFO);
    expect(map.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('includes the lanes every map needs', () => {
    const kinds = cleanMap(templateDoc('blank')).lanes.map((l) => l.kind);
    expect(kinds).toEqual(expect.arrayContaining(['touchpoints', 'emotions']));
  });
});

describe('initMapDoc', () => {
  it('seeds in one transaction with the template origin (or the one it is given)', () => {
    for (const [origin, expected] of [
      [undefined, TEMPLATE_ORIGIN],
      [SERVER_ORIGIN, SERVER_ORIGIN],
    ] as const) {
      const doc = new Y.Doc();
      const log = watchTransactions(doc);
      initMapDoc(doc, 'sample', {}, origin);
      expect(log.origins).toEqual([expected]);
    }
  });

  it('applies the given header over the template, ignoring empty fields', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample', { title: 'Our outage journey', persona: '' });
    expect(cleanMap(doc).info).toEqual({ ...SAMPLE_INFO, title: 'Our outage journey' });
  });
});
