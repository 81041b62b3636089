import { describe, expect, it } from 'vitest';
import { GRID, layoutMap } from '../../../model';
import { cleanMap, templateDoc, touchpointTitled } from '../../../model/testing/testMaps';
import { anchorDescription, anchorRect } from './anchorRect';

describe('anchorRect', () => {
  const map = cleanMap(templateDoc('sample'));
  const layout = layoutMap(map);

  it('finds cards, notes and stage headers on the canvas', () => {
    const agent = touchpointTitled(map, 'Agent call');
    expect(anchorRect(layout, { kind: 'touchpoint', id: agent.id })).toEqual(layout.cards.get(agent.id));
    const note = map.notes[0]!;
    expect(anchorRect(layout, { kind: 'note', id: note.id })).toEqual(layout.notes.get(note.id));
    const column = layout.columns[1]!;
    expect(anchorRect(layout, { kind: 'stage', id: column.stageId })).toEqual({
      x: column.x,
      y: 0,
      width: column.width,
      height: GRID.stageHeaderHeight,
    });
  });

  it('has no place for the map, removed anchors or a missing layout', () => {
    expect(anchorRect(layout, { kind: 'map' })).toBeNull();
    expect(anchorRect(layout, { kind: 'touchpoint', id: 'tp_gone' })).toBeNull();
    expect(anchorRect(null, { kind: 'stage', id: map.stages[0]!.id })).toBeNull();
  });
});

describe('anchorDescription', () => {
  it('names the anchor, the map, or says it was removed', () => {
    expect(anchorDescription({ kind: 'touchpoint', id: 'x' }, 'Agent call', false)).toBe(
      'on touchpoint “Agent call”',
    );
    expect(anchorDescription({ kind: 'stage', id: 'x' }, 'Resolution', false)).toBe('on stage “Resolution”');
    expect(anchorDescription({ kind: 'map' }, '', false)).toBe('on the map');
    expect(anchorDescription({ kind: 'note', id: 'x' }, '', true)).toBe('anchor removed');
  });
});
