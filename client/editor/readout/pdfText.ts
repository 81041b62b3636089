/**
 * jsPDF's standard fonts (Helvetica) encode Latin-1 only: one character past it switches the whole
 * string to an encoding those fonts cannot show, and the line comes out as spaced-out garbage. So
 * the readout PDF folds typographic marks to their plain forms and replaces what is left with "?".
 * (Titles in other scripts would need an embedded font: not worth its size for a readout.)
 */
const FOLD: Readonly<Record<string, string>> = {
  '–': '-',
  '—': '-',
  '−': '-',
  '→': '->',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '…': '...',
  '•': '·',
  '\u00a0': ' ',
};

export function pdfText(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = FOLD[ch];
    if (folded !== undefined) out += folded;
    else out += ch.codePointAt(0)! <= 0xff && ch >= ' ' ? ch : ch === '\n' ? ' ' : '?';
  }
  return out;
}
