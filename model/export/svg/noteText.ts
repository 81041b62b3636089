import type { Note } from '../../records/note';
import { NOTE_KIND_TRAITS } from '../../records/note';
import { wrapText } from './wrapText';

/** How a sticky note's text sits on an exported note; offsets from its top-left corner. */
export interface NoteText {
  readonly lines: readonly string[];
  /** Whether the note has a bottom row (its CX area tag, its linked card). */
  readonly meta: boolean;
  /** The least height that shows the whole text above the bottom row. */
  readonly minHeight: number;
  /** The text was past the line cap (a note may hold 2,000 characters): its end is "…". */
  readonly cut: boolean;
}

export const NOTE_TEXT = { size: 12.5 } as const;
/** The first baseline, and baseline to baseline. */
export const NOTE_TOP = 20;
export const NOTE_STEP = 16.5;
/** About 300 characters: a note longer than that is a document, which the notes CSV holds whole. */
export const NOTE_MAX_LINES = 10;
const PAD_X = 10;
/** Room under the last line: the descent and a gap, then the bottom row (or the bottom padding). */
const BELOW_TEXT = 10;
const META_ROW = 21;
const NO_META = 6;

/** Lays out a note's text for a note `width` wide; see `NoteText`. */
export function noteText(note: Note, width: number, linked: boolean): NoteText {
  const meta = Boolean(note.cxArea) || linked;
  const wrapped = wrapText(
    note.text.trim() || NOTE_KIND_TRAITS[note.kind].label,
    width - 2 * PAD_X,
    NOTE_TEXT,
    NOTE_MAX_LINES,
  );
  const last = NOTE_TOP + Math.max(0, wrapped.lines.length - 1) * NOTE_STEP;
  return {
    lines: wrapped.lines,
    meta,
    minHeight: Math.ceil(last + BELOW_TEXT + (meta ? META_ROW : NO_META)),
    cut: wrapped.cut,
  };
}
