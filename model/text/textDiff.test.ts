import { describe, expect, it } from 'vitest';
import { applyEdit, rebaseEdit, shiftPosition, textDiff } from './textDiff';

describe('textDiff', () => {
  it('finds the one change an input event made', () => {
    expect(textDiff('Phone', 'Phone insurer')).toEqual({ index: 5, remove: 0, insert: ' insurer' });
    expect(textDiff('New touchpoint', 'P')).toEqual({ index: 0, remove: 14, insert: 'P' });
    expect(textDiff('abcdef', 'abXdef')).toEqual({ index: 2, remove: 1, insert: 'X' });
    expect(textDiff('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
    expect(textDiff('same', 'same')).toEqual({ index: 4, remove: 0, insert: '' });
  });

  it('never splits an emoji (a surrogate pair)', () => {
    // 😀 and 😃 share their high surrogate; the edit must take both halves.
    const edit = textDiff('a😀b', 'a😃b');
    expect(edit).toEqual({ index: 1, remove: 2, insert: '😃' });
    expect(applyEdit('a😀b', edit)).toBe('a😃b');
  });

  it('round-trips: applying the diff gives the new text', () => {
    const pairs: Array<[string, string]> = [
      ['', 'x'],
      ['x', ''],
      ['Agent call', 'First agent call'],
      ['Zgłoszenie', 'Zgłoszenie — Заявка'],
    ];
    for (const [a, b] of pairs) expect(applyEdit(a, textDiff(a, b))).toBe(b);
  });
});

describe('carets and concurrent edits', () => {
  it('moves a caret past text inserted before it, not past text inserted after it', () => {
    const theirs = { index: 0, remove: 0, insert: 'First ' };
    expect(shiftPosition(5, theirs)).toBe(11);
    expect(shiftPosition(0, { index: 3, remove: 0, insert: 'xx' })).toBe(0);
    expect(shiftPosition(4, { index: 1, remove: 5, insert: '' })).toBe(1);
  });

  it('rebases an edit made on an older text onto the current one', () => {
    // I typed "!" at the end of "Agent call" while someone put "First " in front.
    const mine = textDiff('Agent call', 'Agent call!');
    const rebased = rebaseEdit(mine, 'Agent call', 'First Agent call');
    expect(applyEdit('First Agent call', rebased)).toBe('First Agent call!');
  });
});
