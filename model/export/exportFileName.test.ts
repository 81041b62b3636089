import { describe, expect, it } from 'vitest';
import { exportFileName } from './exportFileName';

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
