import { describe, expect, it } from 'vitest';
import { parseAwarenessState } from './awarenessState';
import { findPresenter } from './findPresenter';

const HOLDER = 'p_fay';
const user = (id: string) => ({ id, name: id === HOLDER ? 'Fay' : 'Ed', color: '#2563eb' });
const presenting = (id: string, slideId: string) => ({ user: user(id), presenting: { slideId } });

describe('findPresenter', () => {
  it('follows the seat holder presenting, and nobody else', () => {
    const states = new Map<number, unknown>([
      [1, presenting('p_ed', 'slide_a')],
      [2, presenting(HOLDER, 'slide_b')],
      [3, { user: user('p_other') }],
    ]);
    expect(findPresenter(states, 9, HOLDER, parseAwarenessState)).toEqual({
      clientId: 2,
      slideId: 'slide_b',
      name: 'Fay',
      color: '#2563eb',
    });
    expect(findPresenter(states, 9, 'p_nobody', parseAwarenessState)).toBeNull();
    expect(findPresenter(states, 9, null, parseAwarenessState)).toBeNull();
  });

  it("counts the holder's other tab (the audience window) but never this tab", () => {
    const states = new Map<number, unknown>([[5, presenting(HOLDER, 'slide_a')]]);
    expect(findPresenter(states, 5, HOLDER, parseAwarenessState)).toBeNull();
    expect(findPresenter(states, 6, HOLDER, parseAwarenessState)?.clientId).toBe(5);
  });

  it('picks the lowest client id when the holder presents from two tabs, and skips a broken state', () => {
    const states = new Map<number, unknown>([
      [8, presenting(HOLDER, 'slide_late')],
      [4, presenting(HOLDER, 'slide_early')],
      [2, { user: user(HOLDER), presenting: { slideId: '' } }],
    ]);
    expect(findPresenter(states, 1, HOLDER, parseAwarenessState)?.slideId).toBe('slide_early');
  });
});
