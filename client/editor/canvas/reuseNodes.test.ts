import { describe, expect, it } from 'vitest';
import { reuseNodes } from './buildNodes';

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
});
