import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { mapExportSize, renderMapSvg } from '../../../model/export';
import { mapPdfPage } from '../mapPdfPage';
import { buildPdf } from './buildPdf';
import { nodeFontSource } from './nodeFontSource';
import { multiScriptMap, readPdf, SCRIPT_SAMPLES, squash } from './pdfTestkit';

const fonts = nodeFontSource();
const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
/** The PDF's deflated streams, inflated (page content among them). */
const contentStreams = (bytes: Uint8Array) =>
  [...latin1(bytes).matchAll(/stream\r?\n/g)]
    .map((m) => {
      const start = m.index + m[0].length;
      try {
        return inflateSync(bytes.subarray(start, latin1(bytes).indexOf('endstream', start))).toString(
          'latin1',
        );
      } catch {
        return '';
      }
    })
    .join('\n');

// Each case embeds real fonts (parsing and subsetting take seconds on a shared machine).
describe('buildPdf', { timeout: 60_000 }, () => {
  it('writes every script of a real map as text a PDF reader extracts, with the fonts embedded', async () => {
    const map = multiScriptMap(SCRIPT_SAMPLES.length);
    const svg = renderMapSvg(map, { background: 'white', date: '2026-03-04' });
    const page = mapPdfPage(svg, mapExportSize(map, '2026-03-04'), 'a4');
    const bytes = await buildPdf([page], { title: map.info.title }, { fonts });
    const pdf = await readPdf(bytes);
    expect(pdf.title).toBe('Zgłoszenie — Заявка — 网络');
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.width).toBeCloseTo(841.89, 1);
    const text = squash(pdf.pages[0]!.text);
    // pdf.js gives RTL runs back in logical order, so Arabic and Hebrew compare as typed.
    for (const s of [...SCRIPT_SAMPLES, 'Служба поддержки', map.info.title]) {
      // Emoji variation selectors are not drawn (see shapeText), so they do not come back.
      expect(text, s).toContain(squash(s.replace(/\uFE0F/g, '')));
    }
    const raw = latin1(bytes);
    for (const font of ['NotoSans-', 'NotoSansArabic-', 'NotoSansHebrew-', 'NotoSansSC-', 'NotoEmoji-']) {
      expect(raw, font).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${font}|/BaseFont /${font}`));
    }
    expect(raw).not.toContain('/Helvetica');
  });

  it('places anchored text by its measured width, and keeps pages their own size', async () => {
    const svg = (w: number, h: number) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
      `<text x="150" y="40" font-size="12" text-anchor="end">Ends here</text>` +
      `<text x="150" y="80" font-size="12" text-anchor="middle">Centred مرحبا</text>` +
      `<text x="150" y="120" font-size="12" font-weight="bold">Starts here</text></svg>`;
    const bytes = await buildPdf(
      [
        { kind: 'cover', svg: svg(300, 200), widthPt: 300, heightPt: 200 },
        { kind: 'appendix', svg: svg(600, 400), widthPt: 300, heightPt: 200 },
      ],
      { title: 't' },
      { fonts },
    );
    const { pages } = await readPdf(bytes);
    expect(pages.map((p) => [p.width, p.height])).toEqual([
      [300, 200],
      [300, 200],
    ]);
    const item = (p: number, s: string) => pages[p]!.items.find((i) => i.str.includes(s))!;
    expect(item(0, 'Ends').x + item(0, 'Ends').width).toBeCloseTo(150, 0);
    expect(item(0, 'Starts').x).toBeCloseTo(150, 0);
    expect(item(0, 'Starts').y).toBeCloseTo(200 - 120, 0);
    // The second page's 600 × 400 viewBox is shown at half size.
    expect(item(1, 'Starts').x).toBeCloseTo(75, 0);
  });

  it('draws a nested <svg> as a window onto a larger drawing (poster tiles, stage pages)', async () => {
    // A 100 × 50 window at (100, 50) showing x 200…400 of the drawing: scale ½.
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">` +
      `<svg x="100" y="50" width="100" height="50" viewBox="200 0 200 100">` +
      `<g transform="translate(240 0)"><text x="10" y="60" font-size="20">Inside</text></g></svg></svg>`;
    const bytes = await buildPdf(
      [{ kind: 'tile', svg, widthPt: 300, heightPt: 200 }],
      { title: 't' },
      { fonts },
    );
    const inside = (await readPdf(bytes)).pages[0]!.items.find((i) => i.str === 'Inside')!;
    expect(inside.x).toBeCloseTo(100 + (250 - 200) / 2, 1);
    expect(inside.y).toBeCloseTo(200 - (50 + 60 / 2), 1);
    // Clipped to the window: a path then W n (clip, no paint) before the window's matrix.
    expect(contentStreams(bytes)).toMatch(
      /0 0 m\s+100 0 l\s+100 50 l\s+0 50 l\s+h\s+W\s+n\s+0\.5 0 0 0\.5 -100 0 cm/,
    );
  });

  it('draws a PNG data: image (a persona photo) placed by preserveAspectRatio, and skips what it cannot embed', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200" viewBox="0 0 300 200">` +
      // slice: the 1 × 1 photo covers the 40 × 20 box (40 × 40, centred), clipped to the box.
      `<image href="${png}" x="10" y="30" width="40" height="20" preserveAspectRatio="xMidYMid slice"/>` +
      `<image href="${png}" x="100" y="30" width="40" height="20"/>` +
      `<image href="data:image/webp;base64,UklGRg==" x="0" y="0" width="9" height="9"/>` +
      `<image href="data:image/png;base64,AAAA" x="0" y="0" width="9" height="9"/>` +
      `<image href="https://example.com/p.png" x="0" y="0" width="9" height="9"/></svg>`;
    const bytes = await buildPdf(
      [{ kind: 'cover', svg, widthPt: 300, heightPt: 200 }],
      { title: 't' },
      { fonts },
    );
    const raw = latin1(bytes);
    // One image object for the two uses of the same photo; the others are left out.
    expect(raw.match(/\/Subtype \/Image/g)).toHaveLength(1);
    const content = contentStreams(bytes);
    expect(content).toMatch(
      /0 0 m\s+40 0 l\s+40 20 l\s+0 20 l\s+h\s+W\s+n|10 30 m\s+50 30 l\s+50 50 l\s+10 50 l\s+h\s+W\s+n/,
    );
    expect(content).toMatch(/40 0 0 -40 10 60 cm\s+\/Im-?\d+ Do/);
    // meet (the default): fits whole, 20 × 20 in the middle of the box.
    expect(content).toMatch(/20 0 0 -20 110 50 cm\s+\/Im-?\d+ Do/);
  });

  it('refuses bad input with a clear error', async () => {
    await expect(buildPdf([], { title: 't' }, { fonts })).rejects.toThrow('Nothing to print');
    const broken = { kind: 'map' as const, svg: '<svg><g></svg>', widthPt: 10, heightPt: 10 };
    await expect(buildPdf([broken], { title: 't' }, { fonts })).rejects.toThrow('SVG: unexpected </svg>');
    const signal = AbortSignal.abort();
    const ok = { kind: 'map' as const, svg: '<svg width="10" height="10"></svg>', widthPt: 10, heightPt: 10 };
    await expect(buildPdf([ok], { title: 't' }, { fonts, signal })).rejects.toThrow('Export cancelled');
  });
});
