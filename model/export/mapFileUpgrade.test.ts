import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { JourneyMap } from '../journeyMap';
import { v3LaneId } from '../records/migrateLaneKinds';
import { buildServiceBlueprint } from '../templates/gallery/serviceBlueprint';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { MAP_FILE_VERSION, type MapFile } from './mapExportFormat';
import { buildMapFile, parseMapFile } from './mapFile';
import { writeMapFileToDoc } from './writeMapFile';

/** Parses `file` as JSON would bring it, and imports it into a fresh doc. */
function imported(file: unknown): JourneyMap {
  const parsed = parseMapFile(JSON.parse(JSON.stringify(file)));
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, parsed.data);
  return cleanMap(doc);
}

const lanesOf = (map: JourneyMap) => map.lanes.map((l) => [l.id, l.kind, l.label, l.visible]);

/** The service blueprint as a version-1 file had it: its evidence and support lanes faked. */
function oldBlueprintFile(): MapFile {
  const file = buildServiceBlueprint(new Date('2026-12-04T09:00:00Z'));
  const faked: Record<string, string> = { evidence: 'thoughts', support: 'backstage' };
  return {
    ...file,
    version: 1,
    map: {
      ...file.map,
      lanes: file.map.lanes
        .filter((l) => l.kind !== 'thoughts')
        .map((l) => ({ ...l, kind: (faked[l.kind] ?? l.kind) as typeof l.kind })),
    },
  };
}

describe('a map file of an older format version', () => {
  it('is the current version when exported', () => {
    expect(MAP_FILE_VERSION).toBe(2);
    expect(buildMapFile(cleanMap(templateDoc())).version).toBe(MAP_FILE_VERSION);
  });

  it('imports the old blueprint with its faked lanes turned into evidence and support, cards in place', () => {
    const file = oldBlueprintFile();
    const map = imported(file);
    const kindOf = new Map(map.lanes.map((l) => [l.id, l.kind]));
    expect(file.map.lanes.map((l) => [l.id, kindOf.get(l.id), l.label, l.visible])).toEqual(
      file.map.lanes.map((l) => [
        l.id,
        l.label === 'Evidence' ? 'evidence' : l.label === 'Support processes' ? 'support' : l.kind,
        l.label,
        l.visible,
      ]),
    );
    expect(map.lanes).toHaveLength(file.map.lanes.length);
    expect(map.touchpoints.map((t) => [t.id, t.laneId])).toEqual(
      file.map.touchpoints.map((t) => [t.id, t.laneId]),
    );
  });

  it('gives a map without those lanes both, hidden, as a migrated map gets them', () => {
    const current = buildMapFile(cleanMap(templateDoc('sample')));
    const old = {
      ...current,
      version: 1,
      map: {
        ...current.map,
        lanes: current.map.lanes.filter((l) => !['evidence', 'support'].includes(l.kind)),
      },
    };
    const map = imported(old);
    expect(lanesOf(map)[0]).toEqual([v3LaneId('evidence'), 'evidence', 'Evidence', false]);
    const backstage = map.lanes.findIndex((l) => l.kind === 'backstage');
    expect(lanesOf(map)[backstage + 1]).toEqual([v3LaneId('support'), 'support', 'Support processes', false]);
    expect(map.lanes).toHaveLength(old.map.lanes.length + 2);
    const { lanes: _l, ...rest } = imported(current);
    const { lanes: _m, ...restOld } = map;
    expect(restOld).toEqual(rest);
  });

  it('leaves a current file as it is, a thoughts lane named Evidence included', () => {
    const file = { ...oldBlueprintFile(), version: MAP_FILE_VERSION };
    const map = imported(file);
    expect(map.lanes.map((l) => [l.id, l.kind, l.label, l.visible])).toEqual(
      file.map.lanes.map((l) => [l.id, l.kind, l.label, l.visible]),
    );
  });

  it('refuses a version 0 and says so', () => {
    const file = { ...buildMapFile(cleanMap(templateDoc())), version: 0 };
    const result = parseMapFile(file);
    expect(result.ok ? '' : result.error).toMatch(/^version: /);
  });
});
