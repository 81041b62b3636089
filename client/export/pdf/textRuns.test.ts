import { describe, expect, it } from 'vitest';
import { reorderRuns, splitTextRuns } from './textRuns';

// Fonts by script, as glyph coverage decides: Hebrew and Arabic fonts have a space, no Latin.
const fontOf = (cp: number) =>
  cp >= 0x590 && cp <= 0x5ff
    ? 'hebrew'
    : cp >= 0x600 && cp <= 0x6ff
      ? 'arabic'
      : cp >= 0x4e00
        ? 'cjk'
        : 'latin';
const has = (font: string, cp: number) => font === fontOf(cp) || (cp === 0x20 && font !== 'cjk');
const runs = (text: string) =>
  splitTextRuns(text, fontOf, has).map((r) => [r.text, r.font, r.level % 2 ? 'rtl' : 'ltr']);

describe('splitTextRuns', () => {
  it('keeps one run for one font and direction', () => {
    expect(runs('Zgłoszenie awarii')).toEqual([['Zgłoszenie awarii', 'latin', 'ltr']]);
  });

  it('splits by font, keeping spaces with the run around them', () => {
    expect(runs('网络 ok')).toEqual([
      ['网络', 'cjk', 'ltr'],
      [' ok', 'latin', 'ltr'],
    ]);
  });

  it('keeps an RTL phrase in one shaped run (the shaper reverses it)', () => {
    expect(runs('مرحبا بالعالم')).toEqual([['مرحبا بالعالم', 'arabic', 'rtl']]);
  });

  it('orders mixed text visually in an LTR paragraph, as the SVG lays it out', () => {
    // "Order שלום עולם now": the Hebrew words stay one RTL run between the Latin ones.
    expect(runs('Order שלום עולם now')).toEqual([
      ['Order ', 'latin', 'ltr'],
      ['שלום עולם', 'hebrew', 'rtl'],
      [' now', 'latin', 'ltr'],
    ]);
    // Digits inside Arabic are LTR (level 2): they come out left of the Arabic that precedes them.
    expect(runs('مرحبا 123 عالم')).toEqual([
      ['عالم', 'arabic', 'rtl'],
      [' ', 'latin', 'rtl'],
      ['123', 'latin', 'ltr'],
      ['مرحبا ', 'arabic', 'rtl'],
    ]);
  });

  it('reverses (and mirrors) an RTL run the shaper would not: punctuation only', () => {
    // Between two Hebrew words, "(!)" takes the RTL level but has no Hebrew letter and no glyph in the Hebrew font.
    const out = splitTextRuns('א (!) ב', fontOf, has);
    expect(out.map((r) => [r.text, r.font, r.reversed])).toEqual([
      ['ב', 'hebrew', false],
      [' (!)', 'latin', true], // logical "(!) ", drawn right to left
      ['א ', 'hebrew', false], // the shaper reverses it
    ]);
  });

  it('gives nothing for an empty string', () => {
    expect(splitTextRuns('', fontOf, has)).toEqual([]);
  });
});

describe('reorderRuns (Unicode bidi rule L2)', () => {
  it('reverses stretches from the highest level down', () => {
    const r = (id: string, level: number) => ({ id, level });
    expect(reorderRuns([r('a', 0), r('b', 1), r('c', 2), r('d', 1), r('e', 0)]).map((x) => x.id)).toEqual([
      'a',
      'd',
      'c',
      'b',
      'e',
    ]);
  });
});
