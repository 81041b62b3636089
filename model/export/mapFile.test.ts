import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect } from '../commands/connections';
import { claimFacilitatorSeat } from '../commands/facilitatorSeat';
import { setLaneVisible } from '../commands/lanes';
import { setCardLocked } from '../commands/locks';
import { addNote } from '../commands/notes';
import { deleteStage } from '../commands/stages';
import { updateTouchpoint } from '../commands/touchpoints';
import type { JourneyMap } from '../journeyMap';
import { SERVER_ORIGIN, TEMPLATE_ORIGIN } from '../origins';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { watchTransactions } from '../testing/transactionLog';
import { MAP_FILE_LIMITS } from './mapExportFormat';
import { buildMapFile, exportMapJson, parseMapFile, parseMapJson } from './mapFile';
import { writeMapFileToDoc } from './writeMapFile';

/** The sample map with everything a file must carry: hidden lane, tombstone, lock, label, links, VoC. */
function richMap(): JourneyMap {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const host = { userId: 'u_host', name: 'Host' };
  setLaneVisible(doc, laneOfKind(map, 'backstage').id, false);
  deleteStage(doc, stageNamed(map, 'Resolution').id, { touchpoints: 'move' });
  claimFacilitatorSeat(doc, host);
  setCardLocked(doc, host, touchpointTitled(map, 'IVR menu').id, true);
  connect(
    doc,
    touchpointTitled(map, 'Survey email').id,
    touchpointTitled(map, 'Bill credit').id,
    'asks for "credit", then, waits',
  );
  addNote(doc, {
    kind: 'painPoint',
    stageId: stageNamed(map, 'Follow-up').id,
    text: 'Credit takes <2> weeks',
    touchpointId: touchpointTitled(map, 'Bill credit').id,
  });
  updateTouchpoint(doc, touchpointTitled(map, 'Survey email').id, {
    description: 'Line one\nline two',
    voc: { nps: 12, csat: 3.5, sampleSize: 40, verbatims: ['“fine”'] },
  });
  return cleanMap(doc);
}

/** What an import must reproduce: the content, not the workshop around it. */
const content = (map: JourneyMap) => ({ ...map, facilitation: undefined });

function importText(text: string): JourneyMap {
  const parsed = parseMapJson(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, parsed.data);
  return cleanMap(doc);
}

type Collections = 'stages' | 'lanes' | 'touchpoints' | 'connections' | 'notes';
type LooseFile = { version: number; map: Record<Collections, unknown[]> };

function withChange(change: (file: LooseFile) => void): string {
  const file = JSON.parse(exportMapJson(cleanMap(templateDoc('sample')))) as LooseFile;
  change(file);
  return JSON.stringify(file);
}

describe('map file round trip', () => {
  it('export → parse → write → read gives the identical map, ids included', () => {
    const original = richMap();
    expect(content(importText(exportMapJson(original)))).toEqual(content(original));
  });

  it('exports twice to the same text for the same instant', () => {
    const map = richMap();
    const at = new Date('2026-03-14T10:00:00Z');
    expect(exportMapJson(map, at)).toBe(exportMapJson(map, at));
    expect(buildMapFile(map, at)).toMatchObject({
      format: 'journey-map',
      version: 2,
      exportedAt: '2026-03-14T10:00:00.000Z',
    });
  });

  it('leaves out stage tombstones and workshop state', () => {
    const text = exportMapJson(richMap());
    expect(text).not.toContain('Resolution');
    expect(text).not.toMatch(/facilitator|"deleted"|fallbackStageId/);
  });

  it('seeds the doc in one transaction with the given origin, and only a fresh doc', () => {
    const parsed = parseMapJson(exportMapJson(richMap()));
    if (!parsed.ok) throw new Error(parsed.error);
    const doc = new Y.Doc();
    const log = watchTransactions(doc);
    writeMapFileToDoc(doc, parsed.data, SERVER_ORIGIN);
    expect(log.origins).toEqual([SERVER_ORIGIN]);
    expect(() => writeMapFileToDoc(doc, parsed.data, TEMPLATE_ORIGIN)).toThrow(/fresh doc/);
  });
});

describe('parseMapJson refuses a bad file with a message naming the problem', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "journey-map",', /not valid JSON/],
    ['an array', '[]', /expected a JSON object/],
    ['another format', '{"format":"excalidraw"}', /not a Journey map export \(format "excalidraw"/],
    ['no format', '{"map":{}}', /no "format" field/],
    ['a newer version', withChange((f) => (f.version = 3)), /newer Journey \(format version 3\)/],
    [
      'an emotion out of range',
      withChange((f) => ((f.map.touchpoints[3] as { emotion: number }).emotion = 9)),
      /^touchpoints\[3\] \("IVR menu"\)\.emotion: Too big/,
    ],
    [
      'an unknown channel',
      withChange((f) => ((f.map.touchpoints[0] as { channel: string }).channel = 'pigeon')),
      /^touchpoints\[0\] \("Streaming stops"\)\.channel: /,
    ],
    [
      'a missing collection',
      withChange((f) => delete (f.map as Partial<LooseFile['map']>).notes),
      /^notes: /,
    ],
    [
      'a missing title field',
      withChange((f) => delete (f.map as unknown as { info: { title?: string } }).info.title),
      /^info\.title: /,
    ],
    [
      'a card in no stage',
      withChange((f) => ((f.map.touchpoints[1] as { stageId: string }).stageId = 'stage_gone')),
      /^touchpoints\[1\] \("Status page"\)\.stageId: no stage "stage_gone"/,
    ],
    [
      'a card in the emotion lane',
      withChange(
        (f) =>
          ((f.map.touchpoints[1] as { laneId: string }).laneId = (
            f.map.lanes as Array<{ id: string; kind: string }>
          ).find((l) => l.kind === 'emotions')!.id),
      ),
      /does not hold cards/,
    ],
    [
      'a connection to nowhere',
      withChange((f) => ((f.map.connections[0] as { to: string }).to = 'tp_gone')),
      /^connections\[0\]\.to: no touchpoint "tp_gone"/,
    ],
    [
      'a connection id that does not name its ends',
      withChange((f) => ((f.map.connections[0] as { id: string }).id = 'conn_x')),
      /^connections\[0\]\.id: must be "conn_/,
    ],
    [
      'a duplicate id',
      withChange((f) => f.map.stages.push(f.map.stages[0])),
      /^stages\[6\]\.id: ".*" is used twice/,
    ],
    [
      'no Emotions lane',
      withChange(
        (f) => (f.map.lanes = f.map.lanes.filter((l) => (l as { kind: string }).kind !== 'emotions')),
      ),
      /needs a "Emotions" lane/,
    ],
    [
      'a note on a missing card',
      withChange((f) => ((f.map.notes[0] as { touchpointId?: string }).touchpointId = 'tp_gone')),
      /^notes\[0\]\.touchpointId: no touchpoint/,
    ],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      const result = parseMapJson(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });
  }

  it('caps the number of records', () => {
    const file = JSON.parse(exportMapJson(cleanMap(templateDoc('sample')))) as { map: { notes: unknown[] } };
    file.map.notes = Array.from({ length: MAP_FILE_LIMITS.notes + 1 }, () => file.map.notes[0]);
    const result = parseMapFile(file);
    expect(result.ok ? '' : result.error).toMatch(/^notes: Too big/);
  });
});
