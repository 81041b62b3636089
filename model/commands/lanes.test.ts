import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { DEFAULT_LANES } from '../templates/blankMap';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, laneOfKind, stageNamed, templateDoc } from '../testing/testMaps';
import { addLane, deleteLane, moveLane, renameLane, setLaneVisible } from './lanes';
import { addTouchpoint } from './touchpoints';

const kinds = (doc: Y.Doc) => cleanMap(doc).lanes.map((l) => l.kind);
const laneById = (doc: Y.Doc, id: string) => cleanMap(doc).lanes.find((l) => l.id === id);

describe('addLane', () => {
  it('appends a visible lane with the kind label, in one undoable step', () => {
    const doc = templateDoc();
    const id = expectOneUndoableStep(doc, () => addLane(doc, { kind: 'thoughts' }));
    expect(cleanMap(doc).lanes.at(-1)).toEqual(
      expect.objectContaining({ id, kind: 'thoughts', label: 'Thoughts & quotes', visible: true }),
    );
  });

  it('inserts at an index with a custom label', () => {
    const doc = templateDoc();
    const id = addLane(doc, { kind: 'backstage', label: 'IT systems', index: 0 });
    expect(cleanMap(doc).lanes[0]).toMatchObject({ id, label: 'IT systems' });
    expect(kinds(doc).slice(1)).toEqual(DEFAULT_LANES.map((l) => l.kind));
  });

  it('refuses an unknown kind and an over-long label, writing nothing', () => {
    const doc = templateDoc();
    expectRefused(doc, () => addLane(doc, { kind: 'weather' as never }));
    expectRefused(doc, () => addLane(doc, { kind: 'actions', label: 'l'.repeat(121) }));
  });
});

describe('renameLane, moveLane, setLaneVisible', () => {
  it('renames (trimmed) in one undoable step', () => {
    const doc = templateDoc();
    const lane = laneOfKind(cleanMap(doc), 'backstage');
    expectOneUndoableStep(doc, () => renameLane(doc, lane.id, '  Systems  '));
    expect(laneById(doc, lane.id)).toEqual({ ...lane, label: 'Systems' });
  });

  it('moves a lane to an index in one undoable step', () => {
    const doc = templateDoc();
    const emotions = laneOfKind(cleanMap(doc), 'emotions');
    expectOneUndoableStep(doc, () => moveLane(doc, emotions.id, 0));
    expect(kinds(doc)).toEqual([
      'emotions',
      'evidence',
      'actions',
      'touchpoints',
      'thoughts',
      'painPoints',
      'opportunities',
      'backstage',
      'support',
    ]);
    moveLane(doc, emotions.id, 8);
    expect(kinds(doc).at(-1)).toBe('emotions');
  });

  it('hides and shows a lane in one undoable step each', () => {
    const doc = templateDoc();
    const thoughts = laneOfKind(cleanMap(doc), 'thoughts');
    expect(thoughts.visible).toBe(false);
    expectOneUndoableStep(doc, () => setLaneVisible(doc, thoughts.id, true));
    expect(laneById(doc, thoughts.id)?.visible).toBe(true);
    expectOneUndoableStep(doc, () => setLaneVisible(doc, thoughts.id, false));
    expect(laneById(doc, thoughts.id)?.visible).toBe(false);
  });

  it('refuses unknown lanes and bad labels, writing nothing', () => {
    const doc = templateDoc();
    const lane = laneOfKind(cleanMap(doc), 'actions');
    expectRefused(doc, () => renameLane(doc, 'lane_missing', 'x'), /does not exist/);
    expectRefused(doc, () => renameLane(doc, lane.id, 'x'.repeat(121)));
    expectRefused(doc, () => moveLane(doc, 'lane_missing', 0), /does not exist/);
    expectRefused(doc, () => setLaneVisible(doc, 'lane_missing', true), /does not exist/);
  });
});

describe('deleteLane', () => {
  it('deletes an optional lane and moves its cards to the Touchpoints lane, in one undoable step', () => {
    const doc = templateDoc();
    const map = cleanMap(doc);
    const backstage = laneOfKind(map, 'backstage').id;
    const aware = stageNamed(map, 'Aware').id;
    const card = addTouchpoint(doc, { stageId: aware, laneId: backstage, title: 'CRM lookup' });
    expectOneUndoableStep(doc, () => deleteLane(doc, backstage));
    const after = cleanMap(doc);
    expect(after.lanes.map((l) => l.kind)).not.toContain('backstage');
    expect(after.touchpoints.find((t) => t.id === card)).toMatchObject({
      laneId: laneOfKind(map, 'touchpoints').id,
      stageId: aware,
    });
  });

  it('refuses to delete the last Touchpoints or Emotions lane, writing nothing', () => {
    const doc = templateDoc();
    const map = cleanMap(doc);
    expectRefused(doc, () => deleteLane(doc, laneOfKind(map, 'touchpoints').id), /Touchpoints/);
    expectRefused(doc, () => deleteLane(doc, laneOfKind(map, 'emotions').id), /Emotions/);
    expectRefused(doc, () => deleteLane(doc, 'lane_missing'), /does not exist/);
  });

  it('deletes a Touchpoints lane when another remains, moving its cards there', () => {
    const doc = templateDoc();
    const map = cleanMap(doc);
    const first = laneOfKind(map, 'touchpoints').id;
    const second = addLane(doc, { kind: 'touchpoints', label: 'Partner' });
    const card = addTouchpoint(doc, { stageId: stageNamed(map, 'Buy').id, laneId: first });
    deleteLane(doc, first);
    expect(cleanMap(doc).touchpoints.find((t) => t.id === card)?.laneId).toBe(second);
    expectRefused(doc, () => deleteLane(doc, second));
  });
});
