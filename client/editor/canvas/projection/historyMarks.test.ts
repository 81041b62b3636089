import { describe, expect, it } from 'vitest';
import { layoutMap, readMap } from '../../../../model';
import type { MapDiff } from '../../../../model/history';
import { templateDoc } from '../../../../model/testing/testMaps';
import { NO_PEER_DRAGS } from '../../presence/peerDrags';
import { createCanvasProjection } from './createCanvasProjection';
import { marksOf } from './historyMarks';

const map = readMap(templateDoc('sample', 1)).map;
const [a, b, c] = map.touchpoints;
const note = map.notes[0]!;
const change = (
  kind: 'touchpoint' | 'note' | 'stage',
  id: string,
  what: 'added' | 'removed' | 'changed',
) => ({
  kind,
  id,
  title: '',
  stageId: null,
  change: what,
  fields: [],
});
const DIFF: MapDiff = {
  changes: [
    change('touchpoint', a!.id, 'added'),
    change('touchpoint', b!.id, 'changed'),
    change('touchpoint', c!.id, 'removed'),
    change('note', note.id, 'changed'),
    change('stage', map.stages[0]!.id, 'removed'),
  ],
  info: [],
  counts: { added: 1, removed: 1, changed: 2 },
};

describe('history marks on the canvas', () => {
  it('marks cards, notes and stage headers by id', () => {
    const marks = marksOf(DIFF);
    expect([...marks]).toEqual([
      [a!.id, 'added'],
      [b!.id, 'changed'],
      [c!.id, 'removed'],
      [note.id, 'changed'],
      [map.stages[0]!.id, 'removed'],
    ]);
  });

  it('puts each mark on its card’s node; a removed card is drawn, but nothing acts on it', () => {
    const nodes = createCanvasProjection()({
      map,
      layout: layoutMap(map),
      selection: null,
      group: [],
      ownerFilter: null,
      canEdit: true,
      drag: undefined,
      peerDrags: NO_PEER_DRAGS,
      span: '0:0:0:0',
      marks: marksOf(DIFF),
    }).nodes;
    const node = (id: string) => nodes.find((n) => n.id === id)!;
    expect(node(a!.id).data).toMatchObject({ mark: 'added' });
    expect(node(note.id).data).toMatchObject({ mark: 'changed' });
    expect(node(c!.id)).toMatchObject({ data: { mark: 'removed' }, draggable: false, connectable: false });
    expect(node(b!.id).draggable).toBe(true);
    expect(node(`stage:${map.stages[0]!.id}`).data).toMatchObject({ mark: 'removed' });
    expect(node(`stage:${map.stages[1]!.id}`).data).not.toHaveProperty('mark');
    expect(nodes.find((n) => n.type === 'touchpoint' && !('mark' in n.data && n.data.mark))).toBeDefined();
  });
});
