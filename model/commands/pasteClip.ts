import type * as Y from 'yjs';
import { getRecord, putRecord, transactCommand } from '../docLayout';
import { clipFromLines, pastedLines, type LinesAs } from '../clipboard/linesClip';
import { journeyClipSchema, looksLikeClip, parseClip, type JourneyClip } from '../clipboard/journeyClip';
import type { Origin } from '../origins';
import { connectionId, type Connection } from '../records/connection';
import { noteKindOfLane } from '../records/lane';
import { isNoteKind, newNoteId, NOTE_KIND_TRAITS, noteSchema, type Note } from '../records/note';
import { newTouchpointId, touchpointSchema, type Touchpoint } from '../records/touchpoint';
import { CommandError, parseInput, placedRecords } from './commandSupport';
import {
  createSlots,
  matchCardLane,
  matchStage,
  readGrid,
  resolveTarget,
  type PasteTarget,
} from './pastePlacement';

export type { PasteTarget } from './pastePlacement';

/** The ids of what a paste made, in clip order: the editor selects them. */
export interface Pasted {
  readonly touchpoints: readonly string[];
  readonly notes: readonly string[];
}

/**
 * Pastes a clip at the target (see PasteTarget) as new records with new ids: cards with every field
 * they were copied with, notes (tied to the copy of their card when it came along), and the routes
 * between copied cards. One transaction, so one undo step and one update on the wire. The clip is
 * validated here too (it came off a clipboard), and every record is built before the first is
 * written, so a refused paste writes nothing.
 */
export function pasteClip(doc: Y.Doc, input: JourneyClip, target: PasteTarget, origin?: Origin): Pasted {
  const clip = parseInput(journeyClipSchema, input);
  return transactCommand(
    doc,
    () => {
      const grid = readGrid(doc);
      const at = resolveTarget(doc, grid, target);
      const slot = createSlots(doc);
      const ids = new Map<string, string>();
      const cards: Touchpoint[] = clip.touchpoints.map(({ ref, stage, lane, ...fields }) => {
        const id = newTouchpointId();
        ids.set(ref, id);
        const cell = at.cards ?? {
          stageId: at.stageId ?? matchStage(grid, stage),
          cell: matchCardLane(grid, lane),
        };
        const order = slot('touchpoints', id, cell, at.cards?.index);
        return parseInput(touchpointSchema, {
          ...fields,
          id,
          stageId: cell.stageId,
          laneId: cell.cell,
          order,
        });
      });
      const notes: Note[] = clip.notes.map(({ stage, touchpointRef, ...fields }) => {
        const id = newNoteId();
        const into = at.notes?.kind === fields.kind ? at.notes : undefined;
        const cell = into ?? { stageId: at.stageId ?? matchStage(grid, stage), cell: `note:${fields.kind}` };
        const order = slot('notes', id, cell, into?.index);
        return parseInput(noteSchema, {
          ...fields,
          // Same rule as addNote: only an opportunity serves a CX area.
          cxArea:
            isNoteKind(fields.kind) && NOTE_KIND_TRAITS[fields.kind].actionable ? fields.cxArea : undefined,
          touchpointId: touchpointRef === undefined ? undefined : ids.get(touchpointRef),
          id,
          stageId: cell.stageId,
          order,
        });
      });
      const routes: Connection[] = clip.routes.map(({ from, to, label, volume }) => {
        const [a, b] = [ids.get(from)!, ids.get(to)!];
        return { id: connectionId(a, b), from: a, to: b, label, volume };
      });
      for (const card of cards) putRecord(doc, 'touchpoints', card);
      for (const note of notes) putRecord(doc, 'notes', note);
      for (const route of routes) putRecord(doc, 'connections', route);
      return { touchpoints: cards.map((c) => c.id), notes: notes.map((n) => n.id) };
    },
    origin,
  );
}

/** What a paste found on the clipboard: a clip (its own clipboard type) and/or plain text. */
export interface ClipboardContent {
  readonly clip?: string;
  readonly text?: string;
}

/**
 * Ctrl/Cmd+V: a clip (or text that says it is one) is read with `parseClip` and pasted; any other
 * text makes one card per line (one note per line in a note lane) at the target, which it needs.
 * A bad clip, too many lines or no target is refused with a message, and nothing is written.
 */
export function pasteClipboard(
  doc: Y.Doc,
  content: ClipboardContent,
  target: PasteTarget,
  origin?: Origin,
): Pasted {
  const clipText =
    content.clip || (content.text !== undefined && looksLikeClip(content.text) ? content.text : undefined);
  if (clipText) {
    const read = parseClip(clipText);
    if (!read.ok) throw new CommandError(read.error);
    return pasteClip(doc, read.clip, target, origin);
  }
  const lines = pastedLines(content.text ?? '');
  if (lines.length === 0) throw new CommandError('Nothing to paste: the clipboard holds no text or cards.');
  if (!target)
    throw new CommandError('Click a cell first: each line of the pasted text becomes a card there.');
  return pasteClip(doc, clipFromLines(lines, linesAs(doc, target)), target, origin);
}

/** Lines become notes in a note lane (or after a selected note), cards anywhere else. */
function linesAs(doc: Y.Doc, target: NonNullable<PasteTarget>): LinesAs {
  const kind =
    target.kind === 'cell'
      ? getRecord(doc, 'lanes', target.laneId)?.get('kind')
      : target.kind === 'note'
        ? placedRecords(doc, 'notes').find((n) => n.id === target.id)?.kind
        : undefined;
  if (isNoteKind(kind)) return kind;
  return noteKindOfLane(typeof kind === 'string' ? kind : undefined) ?? 'touchpoint';
}
