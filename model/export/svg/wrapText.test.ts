import { describe, expect, it } from 'vitest';
import { textWidth } from './textMetrics';
import { widestLine, wrapText } from './wrapText';

const style = { size: 10 };
const joined = (lines: readonly string[]) => lines.join(' ');

describe('wrapText', () => {
  it('wraps every word onto some line, each line within the width, with no ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    const { lines, cut } = wrapText(text, 80, style);
    expect(cut).toBe(false);
    expect(lines.length).toBeGreaterThan(2);
    expect(joined(lines)).toBe(text);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(80);
    expect(joined(lines)).not.toContain('…');
  });

  it('breaks a word longer than a line between characters instead of cutting it', () => {
    const word = 'Kundenzufriedenheitsumfrageergebnisse';
    const { lines, cut } = wrapText(`See ${word} now`, 60, style);
    expect(cut).toBe(false);
    expect(lines.join('').replace(/ /g, '')).toBe(`See${word}now`);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(60);
  });

  it('wraps CJK written without spaces', () => {
    const title = '客户致电客服中心查询账单并申请退款处理进度';
    const { lines } = wrapText(title, 60, style);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(title);
  });

  it('cuts only past maxLines, and says so', () => {
    const { lines, cut } = wrapText('one two three four five six seven eight nine ten', 40, style, 2);
    expect(cut).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, style)).toBeLessThanOrEqual(40);
  });

  it('gives no lines for blank text, and measures the widest line', () => {
    expect(wrapText('  \n ', 50, style)).toEqual({ lines: [], cut: false });
    expect(widestLine(['ab', 'abcd'], style)).toBe(textWidth('abcd', style));
  });
});
