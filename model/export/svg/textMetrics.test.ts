import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrapLines } from './textMetrics';

const style = { size: 10 };

describe('text metrics', () => {
  it('measures with Helvetica widths, bold wider', () => {
    expect(textWidth('iiii', style)).toBeLessThan(textWidth('MMMM', style));
    expect(textWidth('Agent call', { size: 10, bold: true })).toBeGreaterThan(textWidth('Agent call', style));
  });

  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('short', 100, style)).toBe('short');
    const cut = truncate('a rather long line of text', 60, style);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, style)).toBeLessThanOrEqual(60);
  });

  it('wraps words into lines and ellipsizes what does not fit', () => {
    const lines = wrapLines('one two three four five six seven eight nine ten', 80, style, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('one two three');
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(80);
  });

  it('cuts a word longer than a line, and gives no lines for blank text', () => {
    expect(wrapLines('Supercalifragilisticexpialidocious', 50, style, 2)).toEqual([
      truncate('Supercalifragilisticexpialidocious', 50, style),
    ]);
    expect(wrapLines('   ', 50, style, 2)).toEqual([]);
  });
});
