import { describe, expect, it } from 'vitest';
import { endDirection, parsePathData, rectSegments } from './svgPathData';

const ends = (d: string) =>
  parsePathData(d).map((s) =>
    s.op === 'Z' ? 'Z' : `${s.op}${Math.round(s.x * 100) / 100},${Math.round(s.y * 100) / 100}`,
  );

describe('parsePathData', () => {
  it('makes every command absolute, lines after a move included', () => {
    expect(ends('M1 2 3 4h5v-6H0V1l1 1z')).toEqual([
      'M1,2',
      'L3,4',
      'L8,4',
      'L8,-2',
      'L0,-2',
      'L0,1',
      'L1,2',
      'Z',
    ]);
    expect(ends('m10 10c1 1 2 2 3 3s4 4 5 5')).toEqual(['M10,10', 'C13,13', 'C18,18']);
    expect(ends('M0 0Q5 5 10 0T20 0')).toEqual(['M0,0', 'C10,0', 'C20,0']);
  });

  it('turns arcs into cubics that end where the arc ends', () => {
    expect(ends('M0 0A10 10 0 0 1 20 0').at(-1)).toBe('C20,0');
    expect(ends('M6 6a4 4 0 0 1-4 4').at(-1)).toBe('C2,10');
    // A half circle takes two quarter cubics.
    expect(parsePathData('M0 0A10 10 0 0 1 20 0').filter((s) => s.op === 'C')).toHaveLength(2);
  });

  it('throws on what it cannot draw', () => {
    expect(() => parsePathData('M0 0L1')).toThrow('Bad path data');
    expect(() => parsePathData('M0 0B1 1')).toThrow('Unsupported path command "B"');
  });
});

describe('shapes', () => {
  it('rounds a rect with its corners clamped to half the sides', () => {
    expect(rectSegments(0, 0, 10, 4, 0, 0)).toHaveLength(5);
    const rounded = rectSegments(0, 0, 10, 4, 8, 8);
    expect(rounded.filter((s) => s.op === 'C')).toHaveLength(4);
  });

  it('finds the end of a path and the angle it arrives at (for arrowheads)', () => {
    const end = endDirection(parsePathData('M0 0L10 0L10 10'))!;
    expect([end.x, end.y]).toEqual([10, 10]);
    expect(end.angle).toBeCloseTo(Math.PI / 2);
  });
});
