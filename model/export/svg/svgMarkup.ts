/**
 * Building SVG as strings, safely: every attribute value and every piece of text goes through
 * `escapeXml`, because titles, owners and notes are user input (an export must never carry a
 * `<script>` or break the XML that browsers, svg2pdf and design tools parse).
 */
export type AttrValue = string | number | undefined | null | false;
export type Attrs = Readonly<Record<string, AttrValue>>;

/** A sans-serif stack whose first members share Helvetica's metrics (see textMetrics.ts). */
export const FONT_STACK = "Helvetica, Arial, 'Liberation Sans', 'Nimbus Sans', sans-serif";

// Characters XML 1.0 forbids (controls other than tab/newline/return, lone surrogates, U+FFFE/F):
// one of them in a card title would make the whole file unreadable.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Coordinates to one decimal: enough for print, and the output stays small and stable. */
export function num(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/** An element; `children` is markup already built by these helpers (never raw user text). */
export function el(tag: string, a: Attrs, children?: string): string {
  return children === undefined ? `<${tag}${attrs(a)}/>` : `<${tag}${attrs(a)}>${children}</${tag}>`;
}

/** A text element holding user text, escaped. */
export function text(content: string, a: Attrs): string {
  return `<text${attrs(a)}>${escapeXml(content)}</text>`;
}

export function group(children: string, a: Attrs = {}): string {
  return children ? el('g', a, children) : '';
}

/** A rectangle path with only the top corners rounded (stage headers). */
export function topRoundedRect(x: number, y: number, w: number, h: number, r: number): string {
  return `M${num(x)} ${num(y + h)}V${num(y + r)}Q${num(x)} ${num(y)} ${num(x + r)} ${num(y)}H${num(x + w - r)}Q${num(x + w)} ${num(y)} ${num(x + w)} ${num(y + r)}V${num(y + h)}Z`;
}
