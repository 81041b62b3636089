import { describe, expect, it } from 'vitest';
import type { Action } from '../../../model';
import { placeOnMatrix, quadrantOf } from './matrixPlacement';

let n = 0;
const action = (fields: Partial<Action>): Action => ({
  id: `act_${++n}`,
  noteId: 'n1',
  title: `Action ${n}`,
  status: 'planned',
  order: `a${n}`,
  createdAt: 0,
  ...fields,
});

describe('the value × effort matrix', () => {
  it('puts a scored action in its cell: value 5 is the top row, effort 5 the right column', () => {
    const quick = action({ value: 5, effort: 1 });
    const pit = action({ value: 1, effort: 5 });
    const { rows, counts } = placeOnMatrix([quick, pit]);
    expect(rows[0]![0]!.actions).toEqual([quick]);
    expect(rows[4]![4]!.actions).toEqual([pit]);
    expect(rows.flat().filter((c) => c.actions.length > 0)).toHaveLength(2);
    expect(counts).toEqual({ quickWins: 1, bigBets: 0, fillIns: 0, moneyPits: 1 });
  });

  it('names the quadrants, a 3 counting as low on both axes', () => {
    expect(quadrantOf(4, 2)).toBe('quickWins');
    expect(quadrantOf(4, 4)).toBe('bigBets');
    expect(quadrantOf(3, 3)).toBe('fillIns');
    expect(quadrantOf(2, 5)).toBe('moneyPits');
  });

  it('lists open actions missing a score beside the grid, and leaves done and dropped ones off', () => {
    const noEffort = action({ value: 4 });
    const done = action({ value: 4, effort: 1, status: 'done' });
    const dropped = action({ status: 'dropped' });
    const { rows, unscored } = placeOnMatrix([noEffort, done, dropped]);
    expect(unscored).toEqual([noEffort]);
    expect(rows.flat().every((c) => c.actions.length === 0)).toBe(true);
  });

  it('filters by status (done ones too, when asked) and by CX area', () => {
    const done = action({ value: 2, effort: 2, status: 'done', cxArea: 'design' });
    const doing = action({ value: 2, effort: 2, status: 'doing', cxArea: 'emotion' });
    const onlyDone = placeOnMatrix([done, doing], { statuses: new Set(['done']), areas: new Set() });
    expect(onlyDone.rows[3]![1]!.actions).toEqual([done]);
    const emotion = placeOnMatrix([done, doing], { statuses: new Set(), areas: new Set(['emotion']) });
    expect(emotion.rows[3]![1]!.actions).toEqual([doing]);
  });
});
