import type * as Y from 'yjs';
import { patchRecord, putRecord, rawRecords, removeRecord, transactCommand } from '../docLayout';
import { orderKeyAt, orderKeyAtEnd, type Ordered } from '../order';
import type { Origin } from '../origins';
import { deriveDeck, defaultDeck } from '../presentation/deck';
import { readMap } from '../readMap';
import { defaultSlideId, newSlideId, slideRectSchema, slideSchema, type SlideRect } from '../records/slide';
import { CommandError, parseInput, placedRecords, requireRecord } from './commandSupport';

const titleSchema = slideSchema.pick({ title: true });
const validTitle = (title: string) => parseInput(titleSchema, { title: title.trim() }).title ?? '';

/**
 * Writes the default deck down when the map has none stored, so an edit has records to change. The
 * ids are derived from what each slide shows, so two people who edit the default deck at once write
 * the same records (and their edits merge) instead of two decks.
 */
function ensureDeck(doc: Y.Doc): void {
  if (rawRecords(doc, 'slides').length > 0) return writeNewStages(doc);
  const written: Ordered[] = [];
  for (const slide of defaultDeck(readMap(doc).map)) {
    const order = orderKeyAtEnd(written);
    const stageIds = slide.kind === 'stages' ? { stageIds: [...slide.stageIds] } : {};
    putRecord(doc, 'slides', { id: slide.id, kind: slide.kind, order, ...stageIds });
    written.push({ id: slide.id, order });
  }
}

/**
 * Writes down the slides the deck derives for stages added since it was edited (deriveDeck), each
 * where the deck shows it, so the edit's indices count them and they can be edited in turn.
 */
function writeNewStages(doc: Y.Doc): void {
  const stored = new Set(rawRecords(doc, 'slides').map(([id]) => id));
  deriveDeck(readMap(doc).map).forEach((slide, index) => {
    if (stored.has(slide.id)) return;
    const order = orderKeyAt(deckRecords(doc), index);
    putRecord(doc, 'slides', { id: slide.id, kind: slide.kind, order, stageIds: [...slide.stageIds] });
    stored.add(slide.id);
  });
}

/** The stored slides the deck shows, in deck order: where a slide moves or is added among. */
function deckRecords(doc: Y.Doc): Ordered[] {
  const stored = new Map(placedRecords(doc, 'slides').map((r) => [r.id, r]));
  return deriveDeck(readMap(doc).map).flatMap((s) => stored.get(s.id) ?? []);
}

/** Checks the slide is in the deck before anything is written (a throw does not undo writes). */
function requireSlide(doc: Y.Doc, id: string): void {
  if (!deriveDeck(readMap(doc).map).some((s) => s.id === id)) {
    throw new CommandError(`slide ${id} does not exist`);
  }
  ensureDeck(doc);
  requireRecord(doc, 'slides', id);
}

/** Moves a slide to `index` in the deck (the index it will have afterwards). */
export function moveSlide(doc: Y.Doc, id: string, index: number, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireSlide(doc, id);
      patchRecord(doc, 'slides', id, { order: orderKeyAt(deckRecords(doc), index, id) });
    },
    origin,
  );
}

/** Hides a slide from the presentation (it stays in the deck) or shows it again. */
export function setSlideHidden(doc: Y.Doc, id: string, hidden: boolean, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      requireSlide(doc, id);
      patchRecord(doc, 'slides', id, { hidden: hidden ? true : undefined });
    },
    origin,
  );
}

/** Names a slide; an empty title gives it back its kind's (a stage slide: its stages' names). */
export function renameSlide(doc: Y.Doc, id: string, title: string, origin?: Origin): void {
  const valid = validTitle(title);
  transactCommand(
    doc,
    () => {
      requireSlide(doc, id);
      patchRecord(doc, 'slides', id, { title: valid || undefined });
    },
    origin,
  );
}

/**
 * "Add this view": a slide that frames `rect` (the map area in view, flow coordinates), at `index`
 * in the deck (default: at the end). Returns its id.
 */
export function addViewSlide(
  doc: Y.Doc,
  input: { rect: SlideRect; title?: string; index?: number },
  origin?: Origin,
): string {
  const rect = parseInput(slideRectSchema, input.rect);
  const title = validTitle(input.title ?? '');
  return transactCommand(
    doc,
    () => {
      ensureDeck(doc);
      const deck = deckRecords(doc);
      const id = newSlideId();
      const order = orderKeyAt(deck, input.index ?? deck.length);
      putRecord(doc, 'slides', { id, kind: 'view', order, rect, ...(title ? { title } : {}) });
      return id;
    },
    origin,
  );
}

/**
 * Takes a slide out of the deck. A deck with no slides left is the default deck again. A stage's
 * own slide leaves a record behind (naming no stage), so its stage does not come back as new.
 */
export function deleteSlide(doc: Y.Doc, id: string, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      const slide = deriveDeck(readMap(doc).map).find((s) => s.id === id);
      requireSlide(doc, id);
      // A stage's own slide stays as a record naming no stage, so the deck does not give the
      // stage a new slide (deriveDeck's new stages); the deck leaves such a record out.
      const stageSlide = slide?.stageIds.some((stageId) => defaultSlideId('stages', stageId) === id);
      if (stageSlide) patchRecord(doc, 'slides', id, { stageIds: [], title: undefined, hidden: undefined });
      else removeRecord(doc, 'slides', id);
    },
    origin,
  );
}

/** Forgets every edit of the deck: the map presents the default deck again. */
export function resetDeck(doc: Y.Doc, origin?: Origin): void {
  transactCommand(
    doc,
    () => {
      const ids = rawRecords(doc, 'slides').map(([id]) => id);
      if (ids.length === 0) throw new CommandError('the deck is already the default one');
      for (const id of ids) removeRecord(doc, 'slides', id);
    },
    origin,
  );
}
