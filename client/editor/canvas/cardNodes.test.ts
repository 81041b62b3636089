import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initMapDoc, layoutMap, readMap, updateTouchpoint } from '../../../model';
import { createNodeBuilder } from './buildNodes';

describe('createNodeBuilder', () => {
  it('builds again only the cards whose record, place or selection changed', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'sample');
    let { map } = readMap(doc);
    let layout = layoutMap(map);
    const build = createNodeBuilder();
    const first = build(map, layout, null, null);
    const [a, b] = map.touchpoints;
    updateTouchpoint(doc, a!.id, { title: 'Renamed' });
    map = readMap(doc, map).map;
    layout = layoutMap(map, undefined, layout);
    const renamed = build(map, layout, null, null);
    const changed = renamed.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual([a!.id]);
    const card = renamed.find((n) => n.id === a!.id)!;
    expect(card.type === 'touchpoint' && card.data.touchpoint.title).toBe('Renamed');
    // Selecting a card is a session input: that card's node changes, and only it.
    const selected = build(map, layout, { kind: 'touchpoint', id: b!.id }, null);
    expect(selected.filter((n, i) => n !== renamed[i]).map((n) => n.id)).toEqual([b!.id]);
    expect(selected.find((n) => n.id === b!.id)!.selected).toBe(true);
    // Read-only: every card and note loses its drag and connect handles.
    const readOnly = build(map, layout, { kind: 'touchpoint', id: b!.id }, null, false);
    for (const n of readOnly.filter((x) => x.type === 'touchpoint' || x.type === 'note')) {
      expect(n.draggable).toBe(false);
      expect(n).not.toBe(selected.find((s) => s.id === n.id));
    }
    // Nothing changed: the same array.
    expect(build(map, layout, { kind: 'touchpoint', id: b!.id }, null, false)).toBe(readOnly);
  });
});
