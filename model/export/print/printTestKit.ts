/**
 * Reading a printed page back the way a reader sees it (test helpers): its text, and every text's
 * size in points once the windows (`<svg viewBox>`) and `scale()`s it sits in are applied.
 */

interface PrintedText {
  readonly text: string;
  readonly sizePt: number;
}

const TAG = /<(\/?)([a-zA-Z]+)((?:[^>"]|"[^"]*")*?)(\/?)>|([^<]+)/g;
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every `<text>` of a page with its printed size (titles and other non-drawn text left out). */
export function printedTexts(svg: string): PrintedText[] {
  const out: PrintedText[] = [];
  const scales: number[] = [1];
  let open: { size: number; scale: number; text: string } | null = null;
  let inTitle = 0;
  for (const m of svg.matchAll(TAG)) {
    const [, closing, tag, attrs = '', selfClosing, chars] = m;
    if (chars !== undefined) {
      if (open && !inTitle) open.text += unescape(chars);
      continue;
    }
    const scale = scales[scales.length - 1]!;
    if (tag === 'title') inTitle += closing ? -1 : selfClosing ? 0 : 1;
    if (tag === 'text') {
      if (closing && open) {
        out.push({ text: open.text, sizePt: open.size * open.scale });
        open = null;
      } else if (!closing) open = { size: Number(attr(attrs, 'font-size') ?? NaN), scale, text: '' };
      continue;
    }
    if (tag !== 'svg' && tag !== 'g') continue;
    if (closing) {
      scales.pop();
      continue;
    }
    if (selfClosing) continue;
    scales.push(scale * ownScale(tag, attrs));
  }
  return out;
}

function ownScale(tag: string, attrs: string): number {
  if (tag === 'svg') {
    const box = attr(attrs, 'viewBox')?.split(/\s+/).map(Number);
    const width = Number(attr(attrs, 'width'));
    return box && width ? width / box[2]! : 1;
  }
  const s = /scale\(([\d.]+)/.exec(attr(attrs, 'transform') ?? '');
  return s ? Number(s[1]) : 1;
}

/** A page's text, lines joined by spaces, as a PDF reader would extract it. */
export function pageText(svg: string): string {
  return printedTexts(svg)
    .map((t) => t.text)
    .join(' ');
}

function unescape(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
