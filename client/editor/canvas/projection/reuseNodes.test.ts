import { describe, expect, it } from 'vitest';
import { reuseNodes } from './reuseNodes';

const n = (id: string, x: number) => ({ id, position: { x, y: 0 }, data: { title: id } });

describe('reuseNodes', () => {
  it('keeps unchanged nodes identical, takes the new order, new content and new nodes', () => {
    const prev = [n('a', 0), n('b', 100), n('c', 200)];
    const next = reuseNodes(prev, [n('c', 0), n('d', 50), n('a', 0)]);
    expect(next.map((x) => x.id)).toEqual(['c', 'd', 'a']);
    expect(next[2]).toBe(prev[0]);
    expect(next[0]).not.toBe(prev[2]);
    expect(next[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('returns the previous array itself when nothing changed', () => {
    const prev = [n('a', 0), n('b', 100)];
    expect(reuseNodes(prev, [n('a', 0), n('b', 100)])).toBe(prev);
    // Same nodes in another order: a new array (the DOM order follows the map).
    expect(reuseNodes(prev, [n('b', 100), n('a', 0)])).not.toBe(prev);
    expect(reuseNodes(prev, [n('a', 0)])).not.toBe(prev);
  });

  it('gives a node that only moved its old data object, so its card does not render again', () => {
    const prev = [n('a', 0)];
    const [moved] = reuseNodes(prev, [n('a', 40)]);
    expect(moved).not.toBe(prev[0]);
    expect(moved?.position).toEqual({ x: 40, y: 0 });
    expect(moved?.data).toBe(prev[0]?.data);
    const [renamed] = reuseNodes(prev, [{ ...n('a', 0), data: { title: 'b' } }]);
    expect(renamed?.data).toEqual({ title: 'b' });
  });
});
