import { describe, expect, it } from 'vitest';
import { addAction, updateAction } from '../commands/actions';
import { setMapSettings } from '../commands/mapSettings';
import { applyMetricsPlan } from '../commands/metrics';
import { addNote, updateNote } from '../commands/notes';
import { addTouchpoint, updateTouchpoint } from '../commands/touchpoints';
import { planMetrics } from '../metrics/metricsInput';
import type { Evidence } from '../records/evidence';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../testing/testMaps';
import { HEALTH_WEIGHTS, mapHealth, type MapHealth } from './health';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const NO_THREADS = { total: 0, open: 0 };

/** A blank map plus `n` touchpoints in the Touchpoints lane, owned or not, with their evidence. */
function mapWith(cards: ReadonlyArray<{ owner?: string; evidence?: Evidence }>) {
  const doc = templateDoc();
  const stage = stageNamed(cleanMap(doc), 'Use').id;
  const ids = cards.map((c, i) => {
    const id = addTouchpoint(doc, { stageId: stage, title: `T${i}`, channel: 'web', owner: c.owner ?? '' });
    if (c.evidence) updateTouchpoint(doc, id, { evidence: c.evidence });
    return id;
  });
  return { doc, stage, ids };
}

const part = (h: MapHealth, name: keyof typeof HEALTH_WEIGHTS) => h.parts.find((p) => p.part === name)!;

describe('mapHealth', () => {
  it('is 100 with nothing to count, and has no next step', () => {
    const health = mapHealth(cleanMap(templateDoc()), NO_THREADS, NOW);
    expect(health.score).toBe(100);
    expect(health.next).toBeNull();
    expect(health.parts.map((p) => [p.part, p.share, p.lost, p.missing, p.step])).toEqual([
      ['owners', 1, 0, 0, null],
      ['evidence', 1, 0, 0, null],
      ['freshness', 1, 0, 0, null],
      ['actions', 1, 0, 0, null],
      ['comments', 1, 0, 0, null],
    ]);
  });

  it('weighs the parts 30 / 25 / 15 / 15 / 15', () => {
    expect(HEALTH_WEIGHTS).toEqual({ owners: 30, evidence: 25, freshness: 15, actions: 15, comments: 15 });
  });

  it('owners: 3 of 4 touchpoints unowned loses 30 × ¾; a backstage card needs no owner', () => {
    const { doc, stage } = mapWith([
      { owner: 'Care', evidence: 'measured' },
      { evidence: 'measured' },
      { evidence: 'measured' },
      { evidence: 'measured' },
    ]);
    const backstage = laneOfKind(cleanMap(doc), 'backstage').id;
    const hidden = addTouchpoint(doc, { stageId: stage, laneId: backstage, title: 'CRM', channel: 'web' });
    updateTouchpoint(doc, hidden, { evidence: 'measured' });
    const health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    expect(part(health, 'owners')).toMatchObject({ share: 0.25, lost: 22.5, missing: 3 });
    expect(health.score).toBe(78); // round(100 − 22.5)
    expect(health.next).toBe('3 touchpoints have no owner');
  });

  it('evidence: measured 1, observed ½, assumed 0 over touchpoints and pain points', () => {
    const { doc, stage, ids } = mapWith([
      { owner: 'Care', evidence: 'observed' },
      { owner: 'Care' }, // assumed by default
    ]);
    const pain = addNote(doc, { kind: 'painPoint', stageId: stage, touchpointId: ids[0], text: 'slow' });
    updateNote(doc, pain, { evidence: 'observed' });
    addNote(doc, { kind: 'opportunity', stageId: stage, text: 'never counted' });
    const health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    // (0.5 + 0 + 0.5) / 3 = ⅓ → loses 25 × ⅔ = 16.67
    expect(part(health, 'evidence').share).toBeCloseTo(1 / 3, 12);
    expect(part(health, 'evidence').missing).toBe(1);
    expect(health.score).toBe(83);
    expect(health.next).toBe('1 card is assumed: add research or data');
  });

  it('freshness: a touchpoint whose latest point is older than the threshold is stale; exactly N days is not', () => {
    const { doc, ids } = mapWith([{ owner: 'Care' }, { owner: 'Care' }, { owner: 'Care' }]);
    const [a, b, c] = ids as [string, string, string];
    const plan = planMetrics(
      cleanMap(doc),
      {
        points: [
          { touchpointId: a, kind: 'csat', value: 4, date: '2026-03-16' }, // 91 days: stale
          { touchpointId: b, kind: 'csat', value: 4, date: '2026-01-01' }, // old, but…
          { touchpointId: b, kind: 'nps', value: 10, date: '2026-03-17' }, // …latest 90 days: fresh
          { touchpointId: c, kind: 'custom', name: 'FCR', value: 70, date: '2026-06-15' },
        ],
      },
      NOW,
    );
    applyMetricsPlan(doc, plan);
    let health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    // Points make all three measured: evidence is full; only freshness loses 15 × ⅓.
    expect(part(health, 'evidence').share).toBe(1);
    expect(part(health, 'freshness')).toMatchObject({ missing: 1 });
    expect(part(health, 'freshness').share).toBeCloseTo(2 / 3, 12);
    expect(health.score).toBe(95);
    expect(health.next).toBe('1 touchpoint has data older than 90 days');

    setMapSettings(doc, { staleAfterDays: 91 });
    health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    expect(health.score).toBe(100);
    setMapSettings(doc, { staleAfterDays: 30 });
    health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    expect(health.next).toBe('2 touchpoints have data older than 30 days');
  });

  it('actions: overdue ÷ open; due today is not overdue, a done action never is', () => {
    const { doc, stage } = mapWith([]);
    const holder = addNote(doc, { kind: 'opportunity', stageId: stage, text: 'o' });
    addAction(doc, { noteId: holder, title: 'late', due: '2026-06-14' });
    addAction(doc, { noteId: holder, title: 'today', due: '2026-06-15' });
    addAction(doc, { noteId: holder, title: 'no date' });
    const done = addAction(doc, { noteId: holder, title: 'done late', due: '2026-01-01' });
    updateAction(doc, done, { status: 'done' });
    let health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    expect(part(health, 'actions')).toMatchObject({ missing: 1 });
    expect(part(health, 'actions').share).toBeCloseTo(2 / 3, 12);
    expect(health.score).toBe(95);
    expect(health.next).toBe('1 action is overdue');
    addAction(doc, { noteId: holder, title: 'late too', due: '2025-12-31' });
    health = mapHealth(cleanMap(doc), NO_THREADS, NOW);
    expect(health.next).toBe('2 actions are overdue');
    expect(health.score).toBe(93); // 100 − 15 × 2/4 = 92.5 → 93
  });

  it('comments: unresolved ÷ threads', () => {
    const map = cleanMap(templateDoc());
    expect(mapHealth(map, { total: 4, open: 3 }, NOW)).toMatchObject({
      score: 89, // 100 − 15 × ¾ = 88.75
      next: '3 comment threads are unresolved',
    });
    expect(mapHealth(map, { total: 4, open: 1 }, NOW).next).toBe('1 comment thread is unresolved');
    expect(mapHealth(map, { total: 4, open: 0 }, NOW).score).toBe(100);
  });

  it('names the part that loses the most points next, not the heaviest weight', () => {
    // Owners lose 30 × ¼ = 7.5; comments lose 15 × ¾ = 11.25.
    const { doc } = mapWith([
      { owner: 'A', evidence: 'measured' },
      { owner: 'B', evidence: 'measured' },
      { owner: 'C', evidence: 'measured' },
      { evidence: 'measured' },
    ]);
    const map = cleanMap(doc);
    const health = mapHealth(map, { total: 4, open: 3 }, NOW);
    expect(health.score).toBe(81); // 100 − 7.5 − 11.25
    expect(health.next).toBe('3 comment threads are unresolved');
    // Equal losses: the first part in the table wins (owners 7.5 vs comments 15 × ½ = 7.5).
    expect(mapHealth(map, { total: 2, open: 1 }, NOW).next).toBe('1 touchpoint has no owner');
  });
});
