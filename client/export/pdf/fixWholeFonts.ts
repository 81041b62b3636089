import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib';
import type { LoadedFont } from './fontSet';

/**
 * After pdf-lib has written the fonts (`doc.flush()`), gives each whole-embedded font the widths
 * (`W`) and the ToUnicode map of every glyph actually drawn: pdf-lib 1.17 covers only glyphs its
 * cmap reaches, so shaped Arabic forms would print 1 em wide and extract as nothing.
 */
export function fixWholeFonts(doc: PDFDocument, fonts: readonly LoadedFont[]): void {
  for (const font of fonts) {
    if (!font.used || font.used.size === 0) continue;
    const type0 = doc.context.lookup(font.pdf.ref, PDFDict);
    const descendants = type0.lookup(PDFName.of('DescendantFonts'), PDFArray);
    const cidFont = descendants.lookup(0, PDFDict);
    const glyphs = [...font.used.entries()].sort((a, b) => a[0] - b[0]);
    const w = PDFArray.withContext(doc.context);
    for (const [id, { width }] of glyphs) {
      const one = PDFArray.withContext(doc.context);
      one.push(PDFNumber.of(Math.round(width)));
      w.push(PDFNumber.of(id));
      w.push(one);
    }
    cidFont.set(PDFName.of('W'), w);
    const cmap = toUnicodeCmap(glyphs);
    type0.set(PDFName.of('ToUnicode'), doc.context.register(doc.context.flateStream(cmap)));
  }
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * A ToUnicode CMap: glyph id (Identity-H CID) → the UTF-16BE of its characters. A glyph the shaper
 * split off (Noto Sans Arabic draws ب as a dotless base plus a dot) stands for no character; it maps
 * to U+200D (zero width joiner), an invisible format mark readers drop, because an unmapped glyph
 * would be extracted as the character of its glyph id.
 */
export function toUnicodeCmap(
  glyphs: readonly (readonly [number, { readonly codePoints: readonly number[] }])[],
): string {
  const lines: string[] = [];
  for (let i = 0; i < glyphs.length; i += 100) {
    const block = glyphs.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`);
    for (const [id, { codePoints }] of block) {
      const utf16 = [...String.fromCodePoint(...(codePoints.length > 0 ? codePoints : [0x200d]))].flatMap(
        (ch) => Array.from({ length: ch.length }, (_, k) => hex4(ch.charCodeAt(k))),
      );
      lines.push(`<${hex4(id)}> <${utf16.join('')}>`);
    }
    lines.push('endbfchar');
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    ...lines,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
