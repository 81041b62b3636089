import { isoDay } from '../../../model/export';

/** Characters no common file system takes in a name (Windows is the strictest), and control codes. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f<>:"/\\|?*]+/g;

/**
 * "<map title> – readout <YYYY-MM-DD>.<ext>", as people name such a file by hand: the title kept
 * readable (spaces, accents), only the characters a file system refuses replaced.
 */
export function readoutFileName(title: string, ext: 'md' | 'pdf', date: Date = new Date()): string {
  const safe = title.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 100).trim();
  return `${safe || 'Journey map'} – readout ${isoDay(date)}.${ext}`;
}
