import { describe, expect, it } from 'vitest';
import { cleanMap, laneOfKind, stageNamed, templateDoc, touchpointTitled } from '../testing/testMaps';
import { newCardPlace, newNoteStage } from './newCardPlace';

const map = cleanMap(templateDoc('sample', 1));
const first = map.stages[0]!.id;

describe('where a new card goes', () => {
  it('a named cell wins over the selection', () => {
    const at = { stageId: 'st', laneId: 'ln', index: 2 };
    expect(newCardPlace(map, { kind: 'stage', id: first }, at)).toBe(at);
  });

  it("the selected card's stage, in the default lane", () => {
    const card = touchpointTitled(map, 'Agent call');
    expect(newCardPlace(map, { kind: 'touchpoint', id: card.id })).toEqual({ stageId: card.stageId });
  });

  it('a selected card-lane cell takes it; a note-lane cell does not (the first stage)', () => {
    const stageId = map.stages[1]!.id;
    const cards = laneOfKind(map, 'touchpoints').id;
    expect(newCardPlace(map, { kind: 'cell', stageId, laneId: cards })).toEqual({ stageId, laneId: cards });
    const notes = laneOfKind(map, 'painPoints').id;
    expect(newCardPlace(map, { kind: 'cell', stageId, laneId: notes })).toEqual({ stageId: first });
  });

  it('the selected stage, else the first stage; none on a map with no stage', () => {
    const stage = stageNamed(map, map.stages[2]!.name).id;
    expect(newCardPlace(map, { kind: 'stage', id: stage })).toEqual({ stageId: stage });
    expect(newCardPlace(map, null)).toEqual({ stageId: first });
    expect(newCardPlace({ ...map, stages: [] }, null)).toBeNull();
    expect(newCardPlace(null, null)).toBeNull();
  });

  it('a new note goes to the named stage, else the first', () => {
    expect(newNoteStage(map, 'st')).toBe('st');
    expect(newNoteStage(map)).toBe(first);
    expect(newNoteStage({ ...map, stages: [] })).toBeUndefined();
  });
});
