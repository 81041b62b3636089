import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildMapFile, parseMapJson } from '../../export/mapFile';
import { writeMapFileToDoc } from '../../export/writeMapFile';
import { isHub } from '../../hub';
import { hubInsights } from '../../insights/hubInsights';
import { mapSummary } from '../../insights/mapSummary';
import { momentsOfPain } from '../../insights/momentsOfPain';
import { ownership } from '../../insights/ownership';
import { failureDemandLedger } from '../../programme/ledger';
import { readMap } from '../../readMap';
import { NOTE_KIND_TRAITS } from '../../records/note';
import { GALLERY_TEMPLATES } from './index';

const NOW = new Date('2026-12-04T09:00:00Z');

describe.each(GALLERY_TEMPLATES.map((t) => [t.id, t] as const))('gallery template %s', (_id, template) => {
  const file = template.build(NOW);
  const content = file.map;
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, file);
  const { map, problems } = readMap(doc);

  it('passes parseMapFile and survives a JSON round trip unchanged', () => {
    const parsed = parseMapJson(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data).toStrictEqual(file);
  });

  it('loads into a Y.Doc as a map with every record and no read problems', () => {
    expect(problems).toEqual([]);
    expect(map.info).toEqual(content.info);
    const ids = (list: ReadonlyArray<{ id: string }>) => list.map((r) => r.id).sort();
    expect(ids(map.stages)).toEqual(ids(content.stages));
    expect(ids(map.lanes)).toEqual(ids(content.lanes));
    expect(ids(map.touchpoints)).toEqual(ids(content.touchpoints));
    expect(ids(map.connections)).toEqual(ids(content.connections));
    expect(ids(map.notes)).toEqual(ids(content.notes));
    expect(ids(map.actions)).toEqual(ids(content.actions ?? []));
    expect(ids(map.metrics)).toEqual(ids(content.metrics ?? []));
  });

  it('equals the export of the map it creates (ids, orders and fields kept)', () => {
    const byId = <T extends { id: string }>(list: readonly T[] = []) =>
      [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const sorted = (c: typeof content) => ({
      ...c,
      touchpoints: byId(c.touchpoints),
      connections: byId(c.connections),
      notes: byId(c.notes),
      actions: byId(c.actions),
      metrics: byId(c.metrics),
    });
    expect(sorted(buildMapFile(map, NOW).map)).toStrictEqual(sorted(content));
  });

  it('uses every id once across the whole map', () => {
    const all = [
      ...content.stages,
      ...content.lanes,
      ...content.touchpoints,
      ...content.connections,
      ...content.notes,
      ...(content.actions ?? []),
      ...(content.metrics ?? []),
    ].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the gallery metadata and 5–7 named stages', () => {
    expect([template.name, template.summary, template.industry].every((s) => s.trim() !== '')).toBe(true);
    expect(map.stages.length).toBeGreaterThanOrEqual(5);
    expect(map.stages.length).toBeLessThanOrEqual(7);
    for (const s of map.stages) expect(s.name.trim()).not.toBe('');
    for (const s of map.stages) expect(map.touchpoints.some((t) => t.stageId === s.id)).toBe(true);
  });

  it('has hubs with routes in that carry volumes and demand tags', () => {
    const hubs = map.touchpoints.filter(isHub);
    expect(hubs.length).toBeGreaterThanOrEqual(2);
    const hubIds = new Set(hubs.map((h) => h.id));
    const into = map.connections.filter((c) => hubIds.has(c.to));
    expect(into.filter((c) => (c.volume ?? 0) > 0).length).toBeGreaterThanOrEqual(3);
    expect(into.some((c) => c.demand === 'failure')).toBe(true);
  });

  it('carries VoC: CSAT or NPS with sample sizes and verbatims on several touchpoints', () => {
    const withScore = map.touchpoints.filter((t) => t.voc?.csat !== undefined || t.voc?.nps !== undefined);
    expect(withScore.length).toBeGreaterThanOrEqual(3);
    expect(withScore.every((t) => (t.voc?.sampleSize ?? 0) > 0)).toBe(true);
    expect(map.touchpoints.filter((t) => (t.voc?.verbatims?.length ?? 0) > 0).length).toBeGreaterThanOrEqual(
      3,
    );
    expect(map.metrics.length).toBeGreaterThan(0);
  });

  it('has pain points with whys, and opportunities with owned, dated actions', () => {
    const pains = map.notes.filter((n) => NOTE_KIND_TRAITS[n.kind].isPain);
    expect(pains.length).toBeGreaterThanOrEqual(3);
    for (const p of pains) expect(p.whys?.length ?? 0).toBeGreaterThanOrEqual(2);
    const opportunities = map.notes.filter((n) => n.kind === 'opportunity');
    expect(opportunities.length).toBeGreaterThanOrEqual(2);
    for (const o of opportunities) {
      expect(o.cxArea).toBeDefined();
      const actions = map.actions.filter((a) => a.noteId === o.id);
      expect(actions.length).toBeGreaterThan(0);
      for (const a of actions) expect(a.owner?.trim()).toBeTruthy();
    }
  });

  it('gives the insight functions something to say', () => {
    const pains = momentsOfPain(map);
    expect(pains.length).toBeGreaterThan(0);
    expect(Math.min(...pains.map((p) => p.emotion))).toBeLessThan(0);
    const hubs = hubInsights(map);
    expect(hubs.length).toBeGreaterThan(0);
    expect(hubs[0]!.load).toBeGreaterThan(0);
    expect(hubs.some((h) => h.painShare > 0)).toBe(true);
    expect(ownership(map).unownedIds.length).toBeGreaterThan(0);
    const summary = mapSummary(map);
    expect(summary.momentsOfPain.length).toBeGreaterThan(0);
    expect(summary.hubsByLoad.length).toBe(summary.hubCount);
    expect(summary.needOwnerCount).toBeGreaterThan(summary.unownedCount);
    const ledger = failureDemandLedger(map);
    expect(ledger.total.failure).toBeGreaterThan(0);
    expect(ledger.total.failureCost).not.toBeNull();
    expect(ledger.causes.length).toBeGreaterThan(0);
  });

  it('builds fresh ids each time, so two maps from one template share none', () => {
    const again = template.build(NOW).map.touchpoints.map((t) => t.id);
    const first = new Set(content.touchpoints.map((t) => t.id));
    expect(again.some((id) => first.has(id))).toBe(false);
  });
});

describe('the gallery', () => {
  it('has six templates with distinct ids and names', () => {
    expect(GALLERY_TEMPLATES).toHaveLength(6);
    expect(new Set(GALLERY_TEMPLATES.map((t) => t.id)).size).toBe(6);
    expect(new Set(GALLERY_TEMPLATES.map((t) => t.name)).size).toBe(6);
  });
});
