import { describe, expect, it } from 'vitest';
import { initials } from './initials';

/** True when `text` holds a UTF-16 surrogate without its partner (drawn as a broken glyph). */
const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('initials', () => {
  it.each([
    ['Bob', 'BO'],
    ['Erin Okafor', 'EO'],
    ['  dana   smith  ', 'DS'],
    ['Fiona (facilitator)', 'FF'],
    ['Amir - CX lead', 'AL'],
    ['"Quoted" Name', 'QN'],
    ['R2-D2', 'RD'],
    ['Élodie', 'ÉL'],
    ['王小明', '王小'],
    ['Ana 🙂', 'AN'],
    ['🙂 Ana', 'AN'],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });

  it('keeps a letter with a combining accent whole', () => {
    // "E" + U+0301 COMBINING ACUTE ACCENT: one character on screen, two code points.
    expect(initials('E\u0301mile Zola')).toBe('E\u0301Z');
  });

  it('never draws a lone surrogate or a bracket for names without letters', () => {
    for (const name of ['🦊', '👩‍🚀', '🇫🇷 🇩🇪', '(42)', '---', '']) {
      const result = initials(name);
      expect(result).toBe('?');
      expect(hasLoneSurrogate(result)).toBe(false);
    }
  });

  it('keeps a letter that upper-cases to two letters as it is', () => {
    expect(initials('ßen')).toBe('ßE');
  });

  it('takes letters from outside the Basic Multilingual Plane whole', () => {
    // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter written as a surrogate pair.
    const result = initials('\u{1D400}lpha');
    expect(result).toBe('\u{1D400}L');
    expect(hasLoneSurrogate(result)).toBe(false);
  });
});
