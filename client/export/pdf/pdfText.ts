import {
  beginText,
  endText,
  PDFArray,
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  type PDFContext,
} from 'pdf-lib';
import type { FontWeight } from './fontFamilies';
import type { FontSet, LoadedFont } from './fontSet';
import type { PdfCanvas } from './pdfCanvas';
import type { Rgb } from './svgStyle';
import { splitTextRuns } from './textRuns';

/** One run shaped: glyphs as pdf-lib encoded them (its subset's ids) with the shaper's positions. */
interface ShapedRun {
  readonly font: LoadedFont;
  readonly glyphs: readonly string[];
  /** Per glyph, in 1/1000 em: advance the PDF's width table gives, and where the shaper puts it. */
  readonly widths: readonly number[];
  readonly advances: readonly number[];
  readonly xOffsets: readonly number[];
  readonly yOffsets: readonly number[];
  /** Sum of advances, in 1/1000 em. */
  readonly advance: number;
}

/** A piece of text with one style, shaped into runs ready to draw; `width` in user units. */
export interface ShapedText {
  readonly runs: readonly ShapedRun[];
  readonly size: number;
  readonly width: number;
}

/**
 * Shapes one line: runs per font and bidi level (visual order), each laid out by fontkit (Arabic
 * joined, ligatures, kerning) and encoded by pdf-lib (which records the glyphs for the subset and
 * the ToUnicode map, so the text stays searchable).
 */
export function shapeText(text: string, weight: FontWeight, size: number, fonts: FontSet): ShapedText {
  const runs = splitTextRuns(
    // Emoji presentation selectors choose colour or text style; with one monochrome emoji font they
    // change nothing, and fontkit 1 maps "☎" + U+FE0F to the missing-glyph box.
    text.replace(/[\uFE0E\uFE0F]/g, ''),
    (cp) => fonts.fontFor(cp, weight),
    (font, cp) => font.shaping.hasGlyphForCodePoint(cp),
  ).map(({ text: t, font }) => shapeRun(t, font));
  const em = runs.reduce((sum, r) => sum + r.advance, 0);
  return { runs, size, width: (em * size) / 1000 };
}

// Maps repeat their strings (owners, channel names, the legend): each is shaped once per font.
const shapedRuns = new WeakMap<LoadedFont, Map<string, ShapedRun>>();

function shapeRun(text: string, font: LoadedFont): ShapedRun {
  let known = shapedRuns.get(font);
  if (!known) {
    known = new Map();
    shapedRuns.set(font, known);
  }
  let run = known.get(text);
  if (!run) {
    run = shapeNewRun(text, font);
    known.set(text, run);
  }
  return run;
}

function shapeNewRun(text: string, font: LoadedFont): ShapedRun {
  const layout = font.shaping.layout(text);
  const scale = 1000 / font.shaping.unitsPerEm;
  const hex = font.pdf.encodeText(text).toString().slice(1, -1);
  const glyphs = hex.match(/.{4}/g) ?? [];
  if (glyphs.length !== layout.glyphs.length) {
    throw new Error(`Shaping "${text}" gave ${layout.glyphs.length} glyphs, the encoder ${glyphs.length}`);
  }
  const widths = layout.glyphs.map((g) => g.advanceWidth * scale);
  layout.glyphs.forEach((g, i) => font.used?.set(g.id, { width: widths[i]!, codePoints: g.codePoints }));
  const advances = layout.positions.map((p) => p.xAdvance * scale);
  return {
    font,
    glyphs,
    widths,
    advances,
    xOffsets: layout.positions.map((p) => p.xOffset * scale),
    yOffsets: layout.positions.map((p) => p.yOffset * scale),
    advance: advances.reduce((a, b) => a + b, 0),
  };
}

/**
 * Draws shaped text with its baseline's left end at (x, y) in the canvas's y-down space. Glyphs go
 * out as TJ arrays whose numbers move each glyph to where the shaper placed it (kerning, Arabic
 * cursive joins). Glyphs the shaper raises, lowers or places without advance (marks, the dots
 * Noto Sans Arabic composes letters with) are drawn after the line at their own position, so the line's text stays one piece for a
 * reader: a pen move inside it would be read as a word break, and split an RTL phrase's words.
 */
export function drawShapedText(
  canvas: PdfCanvas,
  context: PDFContext,
  shaped: ShapedText,
  x: number,
  y: number,
  rgb: Rgb,
): void {
  const em = shaped.size / 1000;
  const marks: { font: LoadedFont; glyph: string; x: number; y: number }[] = [];
  let pen = x;
  canvas.push(beginText(), setFillingRgbColor(...rgb), setTextMatrix(1, 0, 0, -1, x, y));
  for (const run of shaped.runs) {
    canvas.push(setFontAndSize(canvas.fontName(run.font.pdf), shaped.size));
    const array = PDFArray.withContext(context);
    let hex = '';
    let move = 0;
    const flush = () => {
      if (hex) array.push(PDFHexString.of(hex));
      // TJ numbers move the pen back (left) by thousandths of an em.
      if (Math.abs(move) >= 0.01) array.push(PDFNumber.of(-Math.round(move * 100) / 100));
      hex = '';
      move = 0;
    };
    run.glyphs.forEach((glyph, i) => {
      const [dx, dy, advance] = [run.xOffsets[i]!, run.yOffsets[i]!, run.advances[i]!];
      if (dy !== 0 || (advance === 0 && dx !== 0)) {
        marks.push({ font: run.font, glyph, x: pen + dx * em, y: y - dy * em });
        move += advance;
      } else {
        // A small sideways offset (kerning the shaper applies as an offset) stays inline.
        move += dx;
        if (Math.abs(move) >= 0.01) flush();
        hex += glyph;
        move = advance - run.widths[i]! - dx;
      }
      pen += advance * em;
    });
    flush();
    if (array.size() > 0) canvas.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [array]));
  }
  for (const mark of marks) {
    canvas.push(
      setFontAndSize(canvas.fontName(mark.font.pdf), shaped.size),
      setTextMatrix(1, 0, 0, -1, mark.x, mark.y),
      PDFOperator.of(PDFOperatorNames.ShowText, [PDFHexString.of(mark.glyph)]),
    );
  }
  canvas.push(endText());
}
