import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv';

const table = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return r.table;
};

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks inside', () => {
    const t = table('Title,Description\r\n"Pay, then wait","He said ""no""\r\nand left"\r\n');
    expect(t.headers).toEqual(['Title', 'Description']);
    expect(t.rows).toEqual([['Pay, then wait', 'He said "no"\r\nand left']]);
  });

  it('drops the byte-order mark and reads LF files', () => {
    const t = table('\uFEFFStage,Title\nBuy,Checkout\n');
    expect(t.headers).toEqual(['Stage', 'Title']);
    expect(t.rows).toEqual([['Buy', 'Checkout']]);
  });

  it('reads semicolon-separated files (Excel in many locales) and keeps commas in cells', () => {
    const t = table('Stage;Title;NPS\nBuy;Pay, sign;-12,5\n');
    expect(t.rows).toEqual([['Buy', 'Pay, sign', '-12,5']]);
  });

  it('skips blank lines and pads short rows to the header width', () => {
    const t = table('Stage,Title,Owner\n\nBuy,Pay\n,,\n');
    expect(t.rows).toEqual([['Buy', 'Pay', '']]);
  });

  it('keeps the last row without a final line break, and an empty last field', () => {
    expect(table('A,B\n1,').rows).toEqual([['1', '']]);
  });

  it('refuses an unclosed quote and an empty file, saying where', () => {
    expect(parseCsv('A,B\n1,"open\n2,3\n')).toEqual({
      ok: false,
      error: 'A quoted field opened on line 2 is never closed.',
    });
    expect(parseCsv('\uFEFF\r\n')).toEqual({
      ok: false,
      error: 'The file is empty: there is no header row.',
    });
  });
});
