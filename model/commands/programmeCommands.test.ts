import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { rawRecords } from '../docLayout';
import { planMetrics, VERBATIMS_KEPT } from '../metrics/metricsInput';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, docState, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { localUndoManager } from '../testing/transactionLog';
import { addAction, deleteAction, setActionStatus, updateAction } from './actions';
import { setConnectionDetails } from './connections';
import { setMapSettings } from './mapSettings';
import { DEFAULT_MAP_SETTINGS } from '../records/mapSettings';
import { applyMetricsPlan, deleteMetricPoint } from './metrics';
import { addNote, deleteNote } from './notes';
import { deleteTouchpoint } from './touchpoints';

const T0 = Date.parse('2026-06-01T09:00:00Z');
const T1 = Date.parse('2026-06-02T09:00:00Z');

function sample() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const agent = touchpointTitled(map, 'Agent call').id;
  const status = touchpointTitled(map, 'Status page').id;
  const stage = stageNamed(map, 'Contact support').id;
  const pain = addNote(doc, { kind: 'painPoint', stageId: stage, touchpointId: agent, text: 'Long hold' });
  return { doc, agent, status, stage, pain };
}
const actionsOf = (doc: Y.Doc) => cleanMap(doc).actions;

describe('actions', () => {
  it('adds an action to a pain point as an idea, stamped, in one undoable step', () => {
    const { doc, pain, agent } = sample();
    const id = expectOneUndoableStep(doc, () =>
      addAction(
        doc,
        {
          noteId: pain,
          title: '  Call-back slots ',
          owner: 'Care',
          due: '2026-07-01',
          touchpointIds: [agent],
        },
        undefined,
        T0,
      ),
    );
    expect(actionsOf(doc)).toEqual([
      expect.objectContaining({
        id,
        noteId: pain,
        title: 'Call-back slots',
        status: 'idea',
        owner: 'Care',
        due: '2026-07-01',
        touchpointIds: [agent],
        createdAt: T0,
        statusAt: T0,
      }),
    ]);
  });

  it('keeps a note’s actions in the order they were added', () => {
    const { doc, pain } = sample();
    addAction(doc, { noteId: pain, title: 'first' });
    addAction(doc, { noteId: pain, title: 'second' });
    expect(actionsOf(doc).map((a) => a.title)).toEqual(['first', 'second']);
  });

  it('refuses a missing note, a bad date, a bad link or score, writing nothing', () => {
    const { doc, pain } = sample();
    expectRefused(doc, () => addAction(doc, { noteId: 'note_missing', title: 'x' }), /does not exist/);
    expectRefused(doc, () => addAction(doc, { noteId: pain, title: 'x', due: '2026-02-30' }));
    expectRefused(doc, () => addAction(doc, { noteId: pain, title: 'x', link: 'javascript:alert(1)' }));
    expectRefused(doc, () => addAction(doc, { noteId: pain, title: 'x', value: 6 }));
  });

  it('updates fields, clears one with undefined, and stamps statusAt only on a status change', () => {
    const { doc, pain } = sample();
    const id = addAction(doc, { noteId: pain, title: 'x', owner: 'Care', value: 3 }, undefined, T0);
    expectOneUndoableStep(doc, () => updateAction(doc, id, { owner: undefined, effort: 2 }, undefined, T1));
    expect(actionsOf(doc)[0]).toMatchObject({ value: 3, effort: 2, statusAt: T0 });
    expect(actionsOf(doc)[0]).not.toHaveProperty('owner');
    updateAction(doc, id, { status: 'idea' }, undefined, T1); // same status: no stamp
    expect(actionsOf(doc)[0]?.statusAt).toBe(T0);
    updateAction(doc, id, { status: 'doing' }, undefined, T1);
    expect(actionsOf(doc)[0]).toMatchObject({ status: 'doing', statusAt: T1 });
    expectOneUndoableStep(doc, () => setActionStatus(doc, id, 'done'));
    expect(actionsOf(doc)[0]?.status).toBe('done');
    expectRefused(doc, () => updateAction(doc, 'act_missing', { status: 'done' }), /does not exist/);
  });

  it('deletes an action in one undoable step, and refuses a missing one', () => {
    const { doc, pain } = sample();
    const id = addAction(doc, { noteId: pain, title: 'x' });
    expectOneUndoableStep(doc, () => deleteAction(doc, id));
    expect(actionsOf(doc)).toEqual([]);
    expectRefused(doc, () => deleteAction(doc, id), /does not exist/);
  });

  it('deletes a note’s actions with it, and one undo brings both back', () => {
    const { doc, pain, stage } = sample();
    const other = addNote(doc, { kind: 'opportunity', stageId: stage, text: 'Callback' });
    addAction(doc, { noteId: pain, title: 'a' });
    addAction(doc, { noteId: pain, title: 'b' });
    addAction(doc, { noteId: other, title: 'kept' });
    const undo = localUndoManager(doc);
    deleteNote(doc, pain);
    expect(actionsOf(doc).map((a) => a.title)).toEqual(['kept']);
    expect(cleanMap(doc).notes.some((n) => n.id === pain)).toBe(false);
    undo.undo();
    expect(
      actionsOf(doc)
        .map((a) => a.title)
        .sort(),
    ).toEqual(['a', 'b', 'kept']);
    expect(cleanMap(doc).notes.some((n) => n.id === pain)).toBe(true);
    undo.destroy();
  });
});

describe('metric points', () => {
  it('writes a plan in one undoable step; a re-pushed point replaces the old one, sample included', () => {
    const { doc, agent } = sample();
    const push = (value: number, sample?: number) =>
      planMetrics(
        cleanMap(doc),
        {
          points: [
            { touchpointId: agent, kind: 'csat', value, date: '2026-05-01', ...(sample ? { sample } : {}) },
          ],
        },
        T0,
      );
    expectOneUndoableStep(doc, () => applyMetricsPlan(doc, push(3, 120)));
    expect(cleanMap(doc).metrics).toMatchObject([{ value: 3, sample: 120 }]);
    applyMetricsPlan(doc, push(4.5));
    const [point] = cleanMap(doc).metrics;
    expect(cleanMap(doc).metrics).toEqual([
      { id: point!.id, touchpointId: agent, kind: 'csat', value: 4.5, date: '2026-05-01' },
    ]);
  });

  it('appends verbatims and keeps the last 50', () => {
    const { doc, agent } = sample();
    const before = touchpointTitled(cleanMap(doc), 'Agent call').voc?.verbatims ?? [];
    const texts = Array.from({ length: VERBATIMS_KEPT + 5 }, (_, i) => `v${i}`);
    applyMetricsPlan(
      doc,
      planMetrics(cleanMap(doc), { verbatims: texts.map((text) => ({ touchpointId: agent, text })) }, T0),
    );
    expect(before.length).toBeGreaterThan(0);
    const voc = touchpointTitled(cleanMap(doc), 'Agent call').voc;
    expect(voc?.verbatims).toEqual(texts.slice(-VERBATIMS_KEPT));
    expect(voc?.csat).toBe(4.2); // the rest of the VoC stays
  });

  it('throws on a plan with errors and writes nothing', () => {
    const { doc, agent } = sample();
    const plan = planMetrics(
      cleanMap(doc),
      {
        points: [
          { touchpointId: agent, kind: 'csat', value: 4 },
          { touchpointId: agent, kind: 'csat', value: 40 },
        ],
      },
      T0,
    );
    expect(plan.errors).toHaveLength(1);
    expectRefused(doc, () => applyMetricsPlan(doc, plan), /1 problem\(s\): nothing written/);
  });

  it('writes nothing when a card of the plan was deleted meanwhile', () => {
    const { doc, agent, status } = sample();
    const plan = planMetrics(
      cleanMap(doc),
      {
        points: [
          { touchpointId: status, kind: 'csat', value: 4 },
          { touchpointId: agent, kind: 'csat', value: 4 },
        ],
      },
      T0,
    );
    deleteTouchpoint(doc, agent);
    const before = docState(doc);
    expect(() => applyMetricsPlan(doc, plan)).toThrow(/does not exist/);
    expect(docState(doc)).toEqual(before);
  });

  it('deletes a card’s metric points with the card, and one undo brings both back', () => {
    const { doc, agent, status } = sample();
    applyMetricsPlan(
      doc,
      planMetrics(
        cleanMap(doc),
        {
          points: [
            { touchpointId: agent, kind: 'csat', value: 4, date: '2026-05-01' },
            { touchpointId: agent, kind: 'nps', value: 10, date: '2026-05-01' },
            { touchpointId: status, kind: 'csat', value: 2, date: '2026-05-01' },
          ],
        },
        T0,
      ),
    );
    const undo = localUndoManager(doc);
    deleteTouchpoint(doc, agent);
    const stored = () => rawRecords(doc, 'metrics').length;
    expect(stored()).toBe(1);
    expect(cleanMap(doc).metrics.map((m) => m.touchpointId)).toEqual([status]);
    undo.undo();
    expect(stored()).toBe(3);
    expect(cleanMap(doc).metrics).toHaveLength(3);
    undo.destroy();
  });

  it('deletes one point, and refuses a missing one', () => {
    const { doc, agent } = sample();
    applyMetricsPlan(
      doc,
      planMetrics(cleanMap(doc), { points: [{ touchpointId: agent, kind: 'nps', value: 1 }] }, T0),
    );
    const [point] = cleanMap(doc).metrics;
    expectOneUndoableStep(doc, () => deleteMetricPoint(doc, point!.id));
    expectRefused(doc, () => deleteMetricPoint(doc, point!.id), /does not exist/);
  });
});

describe('programme settings and demand tags', () => {
  it('sets and clears the cost per contact, currency and stale threshold', () => {
    const { doc } = sample();
    expectOneUndoableStep(doc, () =>
      setMapSettings(doc, { costPerContact: 6.5, currency: 'GBP', staleAfterDays: 30 }),
    );
    expect(cleanMap(doc).settings).toEqual({
      ...DEFAULT_MAP_SETTINGS,
      costPerContact: 6.5,
      currency: 'GBP',
      staleAfterDays: 30,
    });
    setMapSettings(doc, { costPerContact: null });
    expect(cleanMap(doc).settings.costPerContact).toBeNull();
    expectRefused(doc, () => setMapSettings(doc, { currency: 'euro' }));
    expectRefused(doc, () => setMapSettings(doc, { staleAfterDays: 0 }));
    expectRefused(doc, () => setMapSettings(doc, { costPerContact: -1 }));
  });

  it('tags a route with its demand and cost per contact', () => {
    const { doc, agent, status } = sample();
    const route = cleanMap(doc).connections.find((c) => c.from === status && c.to === agent)!;
    expectOneUndoableStep(doc, () =>
      setConnectionDetails(doc, route.id, { demand: 'failure', volume: 1800, costPerContact: 7 }),
    );
    expect(cleanMap(doc).connections.find((c) => c.id === route.id)).toMatchObject({
      demand: 'failure',
      volume: 1800,
      costPerContact: 7,
    });
    setConnectionDetails(doc, route.id, { demand: undefined });
    expect(cleanMap(doc).connections.find((c) => c.id === route.id)).not.toHaveProperty('demand');
  });
});
