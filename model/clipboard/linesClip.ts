import { CommandError } from '../commands/commandSupport';
import { DEFAULT_CHANNEL } from '../records/channel';
import type { NoteKind } from '../records/note';
import { CLIP_FORMAT, CLIP_LIMITS, CLIP_VERSION, type JourneyClip } from './journeyClip';

/** What the lines of a plain-text paste become: cards, or notes of one kind (in a note lane). */
export type LinesAs = 'touchpoint' | NoteKind;

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 4000;
const NOTE_MAX = 2000;
/** A list's bullet or number ("- ", "• ", "3. ", "3) ") is not part of what the person wrote down. */
const LIST_MARKER = /^(?:[-*•◦▪–]|\d{1,3}[.)])\s+/u;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * The lines of pasted text, one card (or note) each: trimmed, list markers and runs of spaces or tabs
 * removed, empty lines skipped. More than CLIP_LIMITS.lines is refused (a stray paste of a whole
 * document should not make 3,000 cards).
 */
export function pastedLines(text: string): string[] {
  if (text.length > CLIP_LIMITS.chars)
    throw new CommandError(
      `That text is too long to paste as cards (at most ${CLIP_LIMITS.chars / 1000} K characters).`,
    );
  const lines = text
    .replace(CONTROL, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim().replace(LIST_MARKER, '').trim())
    .filter((l) => l !== '');
  if (lines.length > CLIP_LIMITS.lines)
    throw new CommandError(
      `That text has ${lines.length} lines; paste at most ${CLIP_LIMITS.lines} at a time.`,
    );
  return lines;
}

/**
 * A clip of new cards (or notes) from lines of text, with the defaults of an added card. A line too
 * long for a title keeps its start as the title and the whole line as the description, so nothing
 * that was pasted is lost.
 */
export function clipFromLines(lines: readonly string[], as: LinesAs): JourneyClip {
  const clip: JourneyClip = {
    format: CLIP_FORMAT,
    version: CLIP_VERSION,
    touchpoints: [],
    notes: [],
    routes: [],
  };
  if (as !== 'touchpoint') {
    clip.notes = lines.map((text) => ({ kind: as, text: cut(text, NOTE_MAX) }));
    return clip;
  }
  clip.touchpoints = lines.map((line, i) => ({
    ref: `line${i}`,
    title: line.length > TITLE_MAX ? `${cut(line, TITLE_MAX - 1)}…` : line,
    channel: DEFAULT_CHANNEL,
    owner: '',
    description: line.length > TITLE_MAX ? cut(line, DESCRIPTION_MAX) : '',
    emotion: 0,
    hub: 'auto',
  }));
  return clip;
}

/** The first `max` UTF-16 units of `s`, never ending on half of a character (an emoji's first half). */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 1)) ? max - 1 : max;
  return s.slice(0, end);
}
