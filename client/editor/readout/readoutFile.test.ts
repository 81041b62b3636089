import { describe, expect, it } from 'vitest';
import { pdfText } from './pdfText';
import { readoutFileName } from './readoutFileName';

describe('readoutFileName', () => {
  const day = new Date(2026, 11, 3, 14, 5);

  it('keeps the title as people wrote it, with the date', () => {
    expect(readoutFileName('Broadband – Café', 'md', day)).toBe('Broadband – Café – readout 2026-12-03.md');
  });

  it('replaces what a file system refuses and names an untitled map', () => {
    expect(readoutFileName('a/b: "c"?', 'pdf', day)).toBe('a b c – readout 2026-12-03.pdf');
    expect(readoutFileName('  ', 'md', day)).toBe('Journey map – readout 2026-12-03.md');
  });
});

describe('pdfText', () => {
  it('folds typographic marks Helvetica cannot encode and keeps Latin-1', () => {
    expect(pdfText('A – “b” → c… é ß ·')).toBe('A - "b" -> c... é ß ·');
  });

  it('replaces characters past Latin-1 and control codes, so no line turns to garbage', () => {
    expect(pdfText('東京 ok\n\u0007')).toBe('?? ok ?');
  });
});
