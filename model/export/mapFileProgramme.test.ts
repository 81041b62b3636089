import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addAction } from '../commands/actions';
import { connect, setConnectionDetails } from '../commands/connections';
import { setMapSettings } from '../commands/mapSettings';
import { DEFAULT_MAP_SETTINGS } from '../records/mapSettings';
import { applyMetricsPlan } from '../commands/metrics';
import { addNote, deleteNote } from '../commands/notes';
import { deleteTouchpoint, setEmotionSource } from '../commands/touchpoints';
import { restoreState } from '../history/restoreState';
import { planMetrics } from '../metrics/metricsInput';
import { readMap } from '../readMap';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { exportMapJson, parseMapJson } from './mapFile';
import { writeMapFileToDoc } from './writeMapFile';

const NOW = Date.parse('2026-06-15T12:00:00Z');

/** The sample map with an action, metric points (one drives the emotion), settings and a tagged route. */
function programmeDoc() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const agent = touchpointTitled(map, 'Agent call').id;
  const status = touchpointTitled(map, 'Status page').id;
  const pain = addNote(doc, {
    kind: 'painPoint',
    stageId: stageNamed(map, 'Contact support').id,
    touchpointId: agent,
    text: 'Long hold',
  });
  addAction(doc, {
    noteId: pain,
    title: 'Call-back slots',
    owner: 'Care',
    due: '2026-07-01',
    touchpointIds: [agent],
  });
  applyMetricsPlan(
    doc,
    planMetrics(
      map,
      {
        points: [
          {
            touchpointId: agent,
            kind: 'csat',
            value: 2.1,
            sample: 40,
            source: 'Medallia',
            date: '2026-05-01',
          },
          { touchpointId: agent, kind: 'custom', name: 'FCR', value: 71, date: '2026-05-02' },
        ],
      },
      NOW,
    ),
  );
  setEmotionSource(doc, agent, 'csat');
  setMapSettings(doc, { costPerContact: 6, currency: 'GBP', staleAfterDays: 60 });
  const route = map.connections.find((c) => c.from === status && c.to === agent)!;
  setConnectionDetails(doc, route.id, { demand: 'failure', volume: 1800, costPerContact: 4 });
  return { doc, agent, status, pain };
}

function imported(text: string) {
  const parsed = parseMapJson(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, parsed.data);
  return cleanMap(doc);
}

const content = (doc: Y.Doc) => {
  const { facilitation: _f, ...rest } = readMap(doc).map;
  return rest;
};

describe('map file: actions, metrics and settings', () => {
  it('round-trips actions, metric points, settings and demand tags (the derived emotion stays derived)', () => {
    const { doc, agent } = programmeDoc();
    const original = cleanMap(doc);
    const text = exportMapJson(original);
    const file = JSON.parse(text) as { map: { touchpoints: Array<{ id: string; emotion: number }> } };
    // The file holds the workshop's guess, not the CSAT-derived score.
    expect(file.map.touchpoints.find((t) => t.id === agent)?.emotion).toBe(
      touchpointTitled(original, 'Agent call').manualEmotion,
    );
    const back = imported(text);
    expect(back.actions).toEqual(original.actions);
    expect(back.metrics).toEqual(original.metrics);
    expect(back.settings).toEqual({
      ...DEFAULT_MAP_SETTINGS,
      costPerContact: 6,
      currency: 'GBP',
      staleAfterDays: 60,
    });
    expect(back.connections).toEqual(original.connections);
    expect(touchpointTitled(back, 'Agent call')).toEqual(touchpointTitled(original, 'Agent call'));
  });

  it('leaves the new keys out of a map that has none of them', () => {
    const text = exportMapJson(cleanMap(templateDoc('sample')));
    const file = JSON.parse(text) as { map: Record<string, unknown> };
    expect(file.map).not.toHaveProperty('actions');
    expect(file.map).not.toHaveProperty('metrics');
    expect(file.map).not.toHaveProperty('settings');
  });

  it('refuses an action on a missing note and a point on a missing card', () => {
    const { doc } = programmeDoc();
    const file = JSON.parse(exportMapJson(cleanMap(doc))) as {
      map: { actions: Array<{ noteId: string }>; metrics: Array<{ touchpointId: string }> };
    };
    file.map.actions[0]!.noteId = 'note_gone';
    const noNote = parseMapJson(JSON.stringify(file));
    expect(noNote.ok).toBe(false);
    if (!noNote.ok)
      expect(noNote.error).toMatch(/^actions\[0\] \("Call-back slots"\)\.noteId: no note "note_gone"/);

    const file2 = JSON.parse(exportMapJson(cleanMap(doc))) as typeof file;
    file2.map.metrics[1]!.touchpointId = 'tp_gone';
    const noCard = parseMapJson(JSON.stringify(file2));
    expect(noCard.ok).toBe(false);
    if (!noCard.ok) expect(noCard.error).toMatch(/^metrics\[1\]\.touchpointId: no touchpoint "tp_gone"/);
  });
});

describe('restoreState: actions, metrics and settings', () => {
  it('brings back deleted actions and points and the settings of the version', () => {
    const { doc, agent, pain } = programmeDoc();
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    const before = content(doc);
    deleteNote(doc, pain); // takes its action
    deleteTouchpoint(doc, agent); // takes its metric points
    setMapSettings(doc, { costPerContact: null, currency: 'EUR', staleAfterDays: 10 });
    expect(content(doc).actions).toEqual([]);
    expect(content(doc).metrics).toEqual([]);
    restoreState(doc, version, { personId: 'p_restorer' });
    expect(content(doc)).toEqual(before);
  });

  it('clears settings the version did not have', () => {
    const doc = templateDoc('sample');
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    setMapSettings(doc, { costPerContact: 9, staleAfterDays: 10 });
    restoreState(doc, version, { personId: 'p_restorer' });
    expect(cleanMap(doc).settings).toEqual({
      ...DEFAULT_MAP_SETTINGS,
      costPerContact: null,
      currency: 'EUR',
      staleAfterDays: 90,
    });
  });

  it('restores a route’s demand tag', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const [a, b] = [touchpointTitled(map, 'Status page').id, touchpointTitled(map, 'Agent call').id];
    const id = map.connections.find((c) => c.from === a && c.to === b)?.id ?? connect(doc, a, b);
    const version = new Y.Doc();
    Y.applyUpdate(version, Y.encodeStateAsUpdate(doc));
    setConnectionDetails(doc, id, { demand: 'value' });
    restoreState(doc, version, { personId: 'p_restorer' });
    expect(cleanMap(doc).connections.find((c) => c.id === id)).not.toHaveProperty('demand');
  });
});
