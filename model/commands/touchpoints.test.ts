import { describe, expect, it } from 'vitest';
import { readMap } from '../readMap';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { connect } from './connections';
import { addLane } from './lanes';
import { addNote } from './notes';
import { deleteStage } from './stages';
import {
  addTouchpoint,
  deleteTouchpoint,
  moveTouchpoint,
  setEmotion,
  setHubOverride,
  updateTouchpoint,
} from './touchpoints';

function blankWithStages() {
  const doc = templateDoc();
  const map = cleanMap(doc);
  return { doc, aware: stageNamed(map, 'Aware').id, buy: stageNamed(map, 'Buy').id, map };
}
const titlesIn = (doc: ReturnType<typeof templateDoc>, stageId: string) =>
  cleanMap(doc)
    .touchpoints.filter((t) => t.stageId === stageId)
    .map((t) => t.title);

describe('addTouchpoint', () => {
  it('adds a card with defaults to the first Touchpoints lane, in one undoable step', () => {
    const { doc, aware, map } = blankWithStages();
    const id = expectOneUndoableStep(doc, () => addTouchpoint(doc, { stageId: aware }));
    expect(cleanMap(doc).touchpoints).toEqual([
      expect.objectContaining({
        id,
        title: 'New touchpoint',
        stageId: aware,
        laneId: laneOfKind(map, 'touchpoints').id,
        channel: 'web',
        owner: '',
        description: '',
        emotion: 0,
        hub: 'auto',
      }),
    ]);
    expect(cleanMap(doc).touchpoints[0]).not.toHaveProperty('voc');
  });

  it('keeps the given fields and inserts at an index inside the cell', () => {
    const { doc, aware } = blankWithStages();
    addTouchpoint(doc, { stageId: aware, title: 'B' });
    addTouchpoint(doc, { stageId: aware, title: 'C' });
    addTouchpoint(doc, {
      stageId: aware,
      title: 'A',
      index: 0,
      channel: 'phone',
      owner: 'CC',
      emotion: -2,
      voc: { csat: 2 },
    });
    expect(titlesIn(doc, aware)).toEqual(['A', 'B', 'C']);
    expect(touchpointTitled(cleanMap(doc), 'A')).toMatchObject({
      channel: 'phone',
      owner: 'CC',
      emotion: -2,
      voc: { csat: 2 },
    });
  });

  it('accepts any card lane (backstage) but not a note or emotion lane', () => {
    const { doc, aware, map } = blankWithStages();
    const backstage = laneOfKind(map, 'backstage').id;
    const id = addTouchpoint(doc, { stageId: aware, laneId: backstage });
    expect(cleanMap(doc).touchpoints.find((t) => t.id === id)?.laneId).toBe(backstage);
    expectRefused(
      doc,
      () => addTouchpoint(doc, { stageId: aware, laneId: laneOfKind(map, 'emotions').id }),
      /cannot hold cards/,
    );
    expectRefused(doc, () =>
      addTouchpoint(doc, { stageId: aware, laneId: laneOfKind(map, 'painPoints').id }),
    );
    expectRefused(doc, () => addTouchpoint(doc, { stageId: aware, laneId: 'lane_missing' }));
  });

  it('refuses invalid fields and unknown or deleted stages, writing nothing', () => {
    const { doc, aware, buy } = blankWithStages();
    expectRefused(doc, () => addTouchpoint(doc, { stageId: aware, emotion: 3 }), /emotion/);
    expectRefused(doc, () => addTouchpoint(doc, { stageId: aware, channel: 'fax' as never }), /channel/);
    expectRefused(doc, () => addTouchpoint(doc, { stageId: aware, title: 't'.repeat(201) }), /title/);
    expectRefused(doc, () => addTouchpoint(doc, { stageId: aware, voc: { nps: 101 } }), /nps/);
    expectRefused(doc, () => addTouchpoint(doc, { stageId: 'stage_missing' }), /does not exist/);
    deleteStage(doc, buy, { touchpoints: 'delete' });
    expectRefused(doc, () => addTouchpoint(doc, { stageId: buy }), /does not exist/);
  });
});

describe('updateTouchpoint, setEmotion, setHubOverride', () => {
  it('patches only the given fields, in one undoable step each', () => {
    const { doc, aware } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware, title: 'Ad', owner: 'Marketing' });
    expectOneUndoableStep(doc, () => updateTouchpoint(doc, id, { title: 'Banner ad', voc: { nps: 12 } }));
    expectOneUndoableStep(doc, () => setEmotion(doc, id, 2));
    expectOneUndoableStep(doc, () => setHubOverride(doc, id, 'hub'));
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({
      title: 'Banner ad',
      owner: 'Marketing',
      emotion: 2,
      hub: 'hub',
      voc: { nps: 12 },
      stageId: aware,
    });
  });

  it('clears the optional VoC with undefined', () => {
    const { doc, aware } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware, voc: { csat: 4 } });
    updateTouchpoint(doc, id, { voc: undefined });
    expect(cleanMap(doc).touchpoints[0]).not.toHaveProperty('voc');
  });

  it('never strips a required field: undefined means "not given", and placement fields are ignored', () => {
    const { doc, aware, buy } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware, title: 'Ad', owner: 'Marketing' });
    updateTouchpoint(doc, id, { title: undefined, owner: 'Brand' });
    // A caller passing a whole (spread) touchpoint as the patch must not move or break it.
    const card = cleanMap(doc).touchpoints[0]!;
    updateTouchpoint(doc, id, { ...card, stageId: buy, emotion: 1 } as never);
    const { map, problems } = readMap(doc);
    expect(problems).toEqual([]);
    expect(map.touchpoints[0]).toMatchObject({
      title: 'Ad',
      owner: 'Brand',
      emotion: 1,
      stageId: aware,
      order: card.order,
    });
  });

  it('refuses bad values and unknown ids, writing nothing', () => {
    const { doc, aware } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware });
    expectRefused(doc, () => setEmotion(doc, id, 5 as never));
    expectRefused(doc, () => setEmotion(doc, id, 1.5 as never));
    expectRefused(doc, () => setHubOverride(doc, id, 'maybe' as never));
    expectRefused(doc, () => updateTouchpoint(doc, id, { voc: { csat: 0 } }));
    expectRefused(doc, () => updateTouchpoint(doc, id, { owner: 'o'.repeat(121) }));
    expectRefused(doc, () => setEmotion(doc, 'tp_missing', 1), /does not exist/);
  });
});

describe('moveTouchpoint', () => {
  it('moves a card to another stage, keeping its lane, in one undoable step', () => {
    const { doc, aware, buy } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware, title: 'Ad' });
    addTouchpoint(doc, { stageId: buy, title: 'Checkout' });
    expectOneUndoableStep(doc, () => moveTouchpoint(doc, id, { stageId: buy, index: 0 }));
    expect(titlesIn(doc, aware)).toEqual([]);
    expect(titlesIn(doc, buy)).toEqual(['Ad', 'Checkout']);
  });

  it('reorders inside a cell and moves across lanes', () => {
    const { doc, aware, map } = blankWithStages();
    const [a, , c] = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    moveTouchpoint(doc, c!, { stageId: aware, index: 0 });
    expect(titlesIn(doc, aware)).toEqual(['C', 'A', 'B']);
    moveTouchpoint(doc, c!, { stageId: aware, index: 2 });
    expect(titlesIn(doc, aware)).toEqual(['A', 'B', 'C']);
    const backstage = laneOfKind(map, 'backstage').id;
    moveTouchpoint(doc, a!, { stageId: aware, laneId: backstage });
    expect(cleanMap(doc).touchpoints.find((t) => t.id === a)?.laneId).toBe(backstage);
  });

  it('keeps its lane when that lane is a second Touchpoints lane', () => {
    const { doc, aware, buy } = blankWithStages();
    const second = addLane(doc, { kind: 'touchpoints', label: 'Partner touchpoints' });
    const id = addTouchpoint(doc, { stageId: aware, laneId: second });
    moveTouchpoint(doc, id, { stageId: buy });
    expect(cleanMap(doc).touchpoints[0]).toMatchObject({ stageId: buy, laneId: second });
  });

  it('refuses unknown cards, deleted stages and non-card lanes, writing nothing', () => {
    const { doc, aware, buy, map } = blankWithStages();
    const id = addTouchpoint(doc, { stageId: aware });
    expectRefused(doc, () => moveTouchpoint(doc, 'tp_missing', { stageId: aware }));
    expectRefused(doc, () => moveTouchpoint(doc, id, { stageId: 'stage_missing' }));
    expectRefused(doc, () =>
      moveTouchpoint(doc, id, { stageId: aware, laneId: laneOfKind(map, 'emotions').id }),
    );
    deleteStage(doc, buy, { touchpoints: 'delete' });
    expectRefused(doc, () => moveTouchpoint(doc, id, { stageId: buy }));
  });
});

describe('deleteTouchpoint', () => {
  it('removes the card and its connections, unlinks notes, in one undoable step', () => {
    const doc = templateDoc('sample');
    const map0 = cleanMap(doc);
    const agent = touchpointTitled(map0, 'Agent call');
    const noteId = addNote(doc, {
      kind: 'painPoint',
      stageId: agent.stageId,
      text: 'Long hold',
      touchpointId: agent.id,
    });
    expectOneUndoableStep(doc, () => deleteTouchpoint(doc, agent.id));
    const map = cleanMap(doc);
    expect(map.touchpoints.map((t) => t.id)).not.toContain(agent.id);
    // 4 of the 5 sample edges touch Agent call.
    expect(map.connections).toHaveLength(1);
    expect(map.connections[0]).toMatchObject({ from: touchpointTitled(map, 'Router app restart').id });
    const note = map.notes.find((n) => n.id === noteId);
    expect(note).toMatchObject({ stageId: agent.stageId, text: 'Long hold' });
    expect(note).not.toHaveProperty('touchpointId');
    expect(JSON.stringify(doc.toJSON())).not.toContain(agent.id);
  });

  it('refuses an unknown card, writing nothing', () => {
    const doc = templateDoc('sample');
    expectRefused(doc, () => deleteTouchpoint(doc, 'tp_missing'), /does not exist/);
  });

  it('leaves other edges alone', () => {
    const { doc, aware } = blankWithStages();
    const [a, b, c] = ['A', 'B', 'C'].map((title) => addTouchpoint(doc, { stageId: aware, title }));
    connect(doc, a!, b!);
    connect(doc, b!, c!);
    connect(doc, a!, c!);
    deleteTouchpoint(doc, b!);
    expect(cleanMap(doc).connections.map((x) => [x.from, x.to])).toEqual([[a, c]]);
  });
});
