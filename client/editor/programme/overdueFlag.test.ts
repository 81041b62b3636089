import { describe, expect, it } from 'vitest';
import { overdueIndex, type Action, type Note } from '../../../model';
import { overdueFlagFields } from './overdueFlag';

const note = {
  id: 'n1',
  kind: 'painPoint',
  stageId: 's1',
  text: 'Slow form',
  order: 'a0',
  touchpointId: 'tp1',
} as Note;
const act = (id: string, due: string | undefined, status: Action['status'] = 'doing'): Action => ({
  id,
  noteId: 'n1',
  title: `Fix ${id}`,
  status,
  due,
  owner: 'Web team',
  order: id,
  createdAt: 0,
});

describe('overdue flags on cards', () => {
  const map = {
    notes: [note],
    actions: [
      act('a', '2026-01-01'),
      act('b', '2026-01-10'),
      act('c', '2025-12-01', 'done'),
      act('d', undefined),
    ],
  };

  it('counts a note’s open actions due before today, with one tooltip line each', () => {
    const index = overdueIndex(map, '2026-01-10');
    expect(overdueFlagFields(index, 'byNote', 'n1')).toEqual({
      overdue: 1,
      overdueTip: 'Fix a — due 2026-01-01 · Web team',
    });
    // The note's linked touchpoint is flagged too; a card with none has no flag.
    expect(overdueFlagFields(index, 'byTouchpoint', 'tp1').overdue).toBe(1);
    expect(overdueFlagFields(index, 'byTouchpoint', 'tp2')).toEqual({ overdue: 0, overdueTip: '' });
  });

  it('rolls over with the day: tomorrow the second one is late too', () => {
    expect(overdueFlagFields(overdueIndex(map, '2026-01-11'), 'byNote', 'n1').overdue).toBe(2);
  });
});
