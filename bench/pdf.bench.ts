/**
 * The font-embedding PDF writer (client/export/pdf) on maps of 24 / 120 / 500 cards titled in
 * seven scripts (Latin, Polish, Cyrillic, Greek, Arabic, Hebrew, CJK, emoji): export time, file
 * size and font bytes read; then, from the Vite build in dist/ (run `npx vite build` first), the JS
 * the editor loads at start against the JS and fonts loaded only when someone exports a PDF.
 * Prints figures; asserts nothing. Run: npx tsx bench/pdf.bench.ts [--quick]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mapPdfPage } from '../client/export/mapPdfPage';
import { buildPdf } from '../client/export/pdf/buildPdf';
import { nodeFontSource } from '../client/export/pdf/nodeFontSource';
import { multiScriptMap } from '../client/export/pdf/pdfTestkit';
import type { JourneyMap } from '../model';
import {
  DEFAULT_PRINT_OPTIONS,
  mapExportSize,
  renderMapSvg,
  renderPrintPages,
  type PrintPage,
} from '../model/export';

const quick = process.argv.includes('--quick');
const SIZES = [24, 120, 500];
const RUNS = quick ? 1 : 3;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

const date = '2026-03-04';
/** The two PDFs a team makes: the whole map on one page, and the print-ready A4 landscape file. */
const LAYOUTS: Record<string, (map: JourneyMap) => PrintPage[]> = {
  'one page': (map) => [
    mapPdfPage(renderMapSvg(map, { background: 'white', date }), mapExportSize(map, date), 'map'),
  ],
  'A4 print': (map) => renderPrintPages(map, { ...DEFAULT_PRINT_OPTIONS, date }),
};

console.log(
  `PDF export (Node ${process.version}, median of ${RUNS}; the browser's font fetches not included)`,
);
console.log('layout   | cards | pages | pages ms | write ms   | file      | font files read');
for (const [layout, pagesOf] of Object.entries(LAYOUTS)) {
  for (const cards of SIZES) {
    const map = multiScriptMap(cards);
    const t0 = performance.now();
    const pages = pagesOf(map);
    const pagesMs = performance.now() - t0;
    const times: number[] = [];
    let size = 0;
    let fontBytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const fonts = nodeFontSource();
      const t = performance.now();
      const bytes = await buildPdf(pages, { title: map.info.title }, { fonts });
      times.push(performance.now() - t);
      size = bytes.byteLength;
      fontBytes = fonts.bytesRead();
    }
    times.sort((a, b) => a - b);
    const ms = times[Math.floor(times.length / 2)]!;
    console.log(
      `${layout.padEnd(8)} | ${String(cards).padStart(5)} | ${String(pages.length).padStart(5)} | ${pagesMs.toFixed(0).padStart(8)} | ${`${ms.toFixed(0)} ms`.padStart(10)} | ${kib(size).padStart(9)} | ${kib(fontBytes)}`,
    );
  }
}

// What the browser loads: the entry script and everything it imports statically, against the PDF
// writer's lazy chunk and what it alone imports.
const dist = join(import.meta.dirname, '..', 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.log('\n(no dist/: run `npx vite build` for the bundle figures)');
  process.exit(0);
}
const assets = join(dist, 'assets');
const staticImports = (file: string) =>
  [...readFileSync(join(assets, file), 'utf8').matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map(
    (m) => m[1]!,
  );
const closure = (roots: string[], skip = new Set<string>()) => {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || skip.has(f)) continue;
    seen.add(f);
    stack.push(...staticImports(f));
  }
  return seen;
};
const bytesOf = (files: Iterable<string>) =>
  [...files].reduce((n, f) => n + statSync(join(assets, f)).size, 0);
const entry = [
  ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/src="\/assets\/([^"]+\.js)"/g),
].map((m) => m[1]!);
const initial = closure(entry);
const writer = readdirSync(assets).filter((f) => /^writePdf-.*\.js$/.test(f));
const lazy = closure(writer, initial);
const fonts = readdirSync(assets).filter((f) => f.endsWith('.woff'));
const mentions = (files: Iterable<string>, needle: string) =>
  [...files].some((f) => readFileSync(join(assets, f), 'utf8').includes(needle));
console.log(
  `\nEditor, initial JS: ${kib(bytesOf(initial))} in ${initial.size} file(s); has pdf-lib: ${mentions(initial, 'PDFDocument') ? 'yes' : 'no'}, fontkit: ${mentions(initial, 'unicode-properties') || mentions(initial, 'GlyphRun') ? 'yes' : 'no'}`,
);
console.log(
  `PDF writer, JS loaded at export: ${kib(bytesOf(lazy))} in ${lazy.size} file(s) (${[...lazy].join(', ')})`,
);
console.log(
  `Fonts in dist (fetched per chunk, only those an export needs): ${fonts.length} files, ${kib(bytesOf(fonts))}`,
);
