import { describe, expect, it } from 'vitest';
import { downloadFileName, exportFileName } from './exportFileName';

describe('exportFileName', () => {
  const day = new Date(2026, 2, 4, 23, 30);
  it('slugs the title and adds the local date', () => {
    expect(exportFileName('Home internet: connection drops', 'png', day)).toBe(
      'home-internet-connection-drops-2026-03-04.png',
    );
  });
  it('drops accents and anything unsafe in a file name', () => {
    expect(exportFileName('  Café / "Ümlaut" <script>  ', 'svg', day)).toBe(
      'cafe-umlaut-script-2026-03-04.svg',
    );
  });
  it('falls back when nothing is left, and stays short', () => {
    expect(exportFileName('日本語', 'pdf', day)).toBe('journey-map-2026-03-04.pdf');
    expect(exportFileName('a'.repeat(300), 'csv', day)).toBe(`${'a'.repeat(60)}-2026-03-04.csv`);
  });
});

describe('downloadFileName', () => {
  const day = new Date(2026, 2, 4, 23, 30);
  it('keeps the letters of every script, accents included', () => {
    expect(downloadFileName('Zgłoszenie awarii — Заявка', 'pdf', day)).toBe(
      'zgłoszenie-awarii-заявка-2026-03-04.pdf',
    );
    expect(downloadFileName('Ζημιά / 网络故障', 'pdf', day)).toBe('ζημιά-网络故障-2026-03-04.pdf');
    expect(downloadFileName('مرحبا بالعالم', 'pdf', day)).toBe('مرحبا-بالعالم-2026-03-04.pdf');
    expect(downloadFileName('Café "Ümlaut"', 'svg', day)).toBe('café-ümlaut-2026-03-04.svg');
  });
  it('drops what a file system or shell takes badly, and bidi controls', () => {
    expect(downloadFileName('a/b\\c:d*e?f"g<h>i|j\u0007k\u202El', 'png', day)).toBe(
      'a-b-c-d-e-f-g-h-i-j-k-l-2026-03-04.png',
    );
  });
  it('falls back when nothing is left, and stays short (in characters)', () => {
    expect(downloadFileName(' 🙂 / ', 'pdf', day)).toBe('journey-map-2026-03-04.pdf');
    expect(downloadFileName('ж'.repeat(300), 'csv', day)).toBe(`${'ж'.repeat(60)}-2026-03-04.csv`);
  });
});
