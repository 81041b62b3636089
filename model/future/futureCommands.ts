import type * as Y from 'yjs';
import { collection, getRecord, metaMap, patchRecord, rawRecords, transactCommand } from '../docLayout';
import { ensureText } from '../text/collabText';
import type { Origin } from '../origins';
import { addTouchpoint, removeTouchpointRecord, type NewTouchpoint } from '../commands/touchpoints';
import { CommandError, parseInput, requireRecord } from '../commands/commandSupport';
import { requireCardUnlocked } from '../commands/locks';
import { emotionSchema, type Emotion } from '../records/emotion';
import { futureStatusSchema, type FutureStatus } from '../records/futureState';
import { touchpointSchema } from '../records/touchpoint';

/** Every future-state field a touchpoint can carry: discarding the future state clears them all. */
const FUTURE_FIELDS = ['futureStatus', 'futureEmotion', 'futureNote'] as const;

/** Starts the map's future-state variant (map setting `futureState`): one command. */
export function startFutureState(doc: Y.Doc, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      metaMap(doc).set('futureState', true);
      for (const id of collection(doc, 'touchpoints').keys()) prepareFutureNote(doc, id);
    },
    origin,
  );
}

/**
 * Gives a card its (empty) future note as collaborative text now, in one person's command: two
 * people whose first keystrokes each created it would race for the field, and one text would lose.
 */
function prepareFutureNote(doc: Y.Doc, id: string): void {
  const rec = getRecord(doc, 'touchpoints', id);
  if (rec) ensureText(rec, 'futureNote');
}

/**
 * Throws the future state away, one command (one undo step): the flag goes, every card's future
 * fields go, and the cards that exist only in the future ('added') are deleted with their links.
 */
export function discardFutureState(doc: Y.Doc, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      const meta = metaMap(doc);
      if (meta.has('futureState')) meta.delete('futureState');
      for (const [id, raw] of [...rawRecords(doc, 'touchpoints')]) {
        const rec = raw as Record<string, unknown> | null;
        if (!rec || typeof rec !== 'object') continue;
        if (rec.futureStatus === 'added') {
          removeTouchpointRecord(doc, id);
          continue;
        }
        const clear = Object.fromEntries(FUTURE_FIELDS.filter((f) => f in rec).map((f) => [f, undefined]));
        if (Object.keys(clear).length > 0) patchRecord(doc, 'touchpoints', id, clear);
      }
    },
    origin,
  );
}

function requireFutureState(doc: Y.Doc): void {
  if (metaMap(doc).get('futureState') !== true) throw new CommandError('this map has no future state yet');
}

/** What the future does to a card; null = unchanged (in both states, as is). */
export function setFutureStatus(doc: Y.Doc, id: string, status: FutureStatus | null, origin?: Origin): void {
  const valid = status === null ? undefined : parseInput(futureStatusSchema, status);
  transactCommand(
    doc,
    () => {
      requireFutureState(doc);
      requireRecord(doc, 'touchpoints', id);
      patchRecord(doc, 'touchpoints', id, { futureStatus: valid });
    },
    origin,
  );
}

/**
 * The to-be emotion; null = the current one. Setting it on an unchanged card marks it 'changed'
 * (a different feeling is a change), in the same command.
 */
export function setFutureEmotion(doc: Y.Doc, id: string, emotion: Emotion | null, origin?: Origin): void {
  const valid = emotion === null ? undefined : parseInput(emotionSchema, emotion);
  transactCommand(
    doc,
    () => {
      requireFutureState(doc);
      const rec = requireRecord(doc, 'touchpoints', id);
      const marks =
        valid !== undefined && rec.get('futureStatus') === undefined ? { futureStatus: 'changed' } : {};
      patchRecord(doc, 'touchpoints', id, { futureEmotion: valid, ...marks });
    },
    origin,
  );
}

/** What changes, in a line; '' clears it. */
export function setFutureNote(doc: Y.Doc, id: string, note: string, origin?: Origin): void {
  const valid = parseInput(touchpointSchema.shape.futureNote, note);
  transactCommand(
    doc,
    () => {
      requireFutureState(doc);
      requireRecord(doc, 'touchpoints', id);
      patchRecord(doc, 'touchpoints', id, { futureNote: valid === '' ? undefined : valid });
    },
    origin,
  );
}

/** A card added while the future view is on: it exists only in the future ('added'). One command. */
export function addFutureTouchpoint(doc: Y.Doc, input: NewTouchpoint, origin?: Origin): string {
  return makeInFuture(
    doc,
    () => addTouchpoint(doc, input, origin),
    (id) => [id],
    origin,
  );
}

/**
 * A command that makes cards, run in the future view (an add, a paste, a duplicate): the cards it
 * makes exist only in the future ('added'). `make` and the marking are one command, so one undo
 * step; `madeCards` names the cards `make` made.
 */
export function makeInFuture<T>(
  doc: Y.Doc,
  make: () => T,
  madeCards: (made: T) => readonly string[],
  origin?: Origin,
): T {
  return transactCommand(
    doc,
    () => {
      requireFutureState(doc);
      const made = make();
      for (const id of madeCards(made)) {
        patchRecord(doc, 'touchpoints', id, { futureStatus: 'added' });
        prepareFutureNote(doc, id);
      }
      return made;
    },
    origin,
  );
}

/**
 * Delete in the future view: a card that exists only in the future goes; any other is marked
 * 'removed' (it stays in the current state). Locked cards refuse, like a delete. One command.
 */
export function removeInFuture(doc: Y.Doc, ids: readonly string[], origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireFutureState(doc);
      const recs = ids.map((id) => requireRecord(doc, 'touchpoints', id));
      for (const rec of recs) requireCardUnlocked(rec);
      ids.forEach((id, i) => {
        if (recs[i]!.get('futureStatus') === 'added') removeTouchpointRecord(doc, id);
        else patchRecord(doc, 'touchpoints', id, { futureStatus: 'removed' });
      });
    },
    origin,
  );
}
