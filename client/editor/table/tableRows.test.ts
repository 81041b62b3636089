import { describe, expect, it } from 'vitest';
import { handMadeMap } from '../../../model/testing/insightMap';
import { cleanMap } from '../../../model/testing/testMaps';
import { filterOptions, shownRows, touchpointRows } from './tableRows';

const rows = () => {
  const { doc } = handMadeMap();
  const map = cleanMap(doc);
  return { map, rows: touchpointRows(map) };
};
const titles = (r: { tp: { title: string } }[]) => r.map((x) => x.tp.title);

describe('table rows', () => {
  it('keeps the map order with no sort, and sorts by title both ways (ties in map order)', () => {
    const { rows: all } = rows();
    expect(titles(shownRows(all, {}, null))).toEqual(titles(all));
    const asc = titles(shownRows(all, {}, { column: 'title', dir: 'asc' }));
    expect(asc).toEqual([...asc].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(titles(shownRows(all, {}, { column: 'title', dir: 'desc' }))).toEqual([...asc].reverse());
  });

  it('sorts emotion by score, not by its label', () => {
    const { rows: all } = rows();
    const scores = shownRows(all, {}, { column: 'emotion', dir: 'asc' }).map((r) => r.tp.emotion);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores[0]).toBe(-2);
  });

  it('filters by owner, hub and stage together; every filter narrows', () => {
    const { map, rows: all } = rows();
    expect(titles(shownRows(all, { owner: 'Marketing' }, null))).toEqual(['Ad']);
    expect(titles(shownRows(all, { hub: 'hub' }, null)).sort()).toEqual(['Chat', 'Phone']);
    const support = map.stages.find((s) => s.name === 'Support')!.id;
    expect(titles(shownRows(all, { hub: 'hub', stage: support, channel: 'chat' }, null))).toEqual(['Chat']);
    expect(titles(shownRows(all, { emotion: '-2' }, null))).toEqual(['Checkout']);
  });

  it('offers each owner once, the empty owner by name', () => {
    const { map } = rows();
    const owners = filterOptions(map).owner;
    expect(owners.find((o) => o.value === '')?.label).toBe('(no owner)');
    expect(new Set(owners.map((o) => o.value)).size).toBe(owners.length);
  });
});
