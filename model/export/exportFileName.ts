/**
 * `<title-slug>-<YYYY-MM-DD>.<ext>`, e.g. `home-internet-connection-drops-2026-03-14.png`: readable,
 * safe on every file system and in a Content-Disposition header (ASCII letters, digits, dashes).
 * The date is the local calendar day of `date`.
 */
export function exportFileName(title: string, ext: string, date: Date = new Date()): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${slug || 'journey-map'}-${isoDay(date)}.${ext}`;
}

/**
 * The name a browser download gets: like `exportFileName`, but every script's letters stay
 * (`zgłoszenie-awarii-заявка-2026-03-14.pdf`, `網絡故障-2026-03-14.pdf`); only what no file system
 * or shell takes well (punctuation, spaces, controls, bidi marks) becomes a dash. Not for HTTP
 * headers (use `exportFileName` there, or encode it as `filename*`).
 */
export function downloadFileName(title: string, ext: string, date: Date = new Date()): string {
  const slug = [
    ...title
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '');
  return `${slug || 'journey-map'}-${isoDay(date)}.${ext}`;
}

/** YYYY-MM-DD of the local calendar day. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
