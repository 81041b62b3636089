import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addNote,
  addViewSlide,
  deleteSlide,
  deriveDeck,
  setSlideHidden,
  addStage,
  addTouchpoint,
  claimFacilitatorSeat,
  deleteStage,
  initMapDoc,
  readMap,
  setCardLocked,
  setMapInfo,
  setStructureLocked,
  updateTouchpoint,
} from '../index';
import { cloneDoc, pushUpdates, syncDocs } from '../testing/syncDocs';
import { restoreState } from './restoreState';

const BY = { personId: 'p_restorer' };
const FACILITATOR = { userId: 'p_fac', name: 'Fay' };

/** A copy of `doc` as a version stores it: an independent doc from its encoded state. */
function versionOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The map as people see it, without facilitation (which a restore leaves alone). */
function content(doc: Y.Doc) {
  const { facilitation: _facilitation, ...rest } = readMap(doc).map;
  return rest;
}

function sampleDoc(): Y.Doc {
  const doc = new Y.Doc();
  initMapDoc(doc, 'sample', { title: 'Home internet' });
  return doc;
}

describe('restoreState', () => {
  it('turns the live map back into the version in one transaction with the given origin', () => {
    const doc = sampleDoc();
    const version = versionOf(doc);
    const before = content(doc);
    const [stage] = readMap(doc).map.stages;
    const [card] = readMap(doc).map.touchpoints;
    // After the version: a rename, a new card, a field edit, a stage deleted with its cards.
    setMapInfo(doc, { title: 'Renamed', goal: 'A new goal' });
    addTouchpoint(doc, { stageId: stage!.id, title: 'Added later' });
    updateTouchpoint(doc, card!.id, { title: 'Edited later', description: 'more' });
    deleteStage(doc, readMap(doc).map.stages[1]!.id, { touchpoints: 'delete' });
    expect(content(doc)).not.toEqual(before);

    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const counts = restoreState(doc, version, BY);
    expect(origins).toEqual([BY]);
    expect(content(doc)).toEqual(before);
    expect(counts.added).toBeGreaterThan(0);
    expect(counts.removed).toBe(1);
    expect(counts.patched).toBeGreaterThan(0);
  });

  it('turns the presentation back too: an edited deck returns to the version’s', () => {
    const doc = sampleDoc();
    const [first, second] = deriveDeck(readMap(doc).map);
    setSlideHidden(doc, first!.id, true);
    const version = versionOf(doc);
    const deck = deriveDeck(readMap(doc).map);
    setSlideHidden(doc, first!.id, false);
    deleteSlide(doc, second!.id);
    addViewSlide(doc, { rect: { x: 0, y: 0, width: 400, height: 300 } });
    restoreState(doc, version, BY);
    expect(deriveDeck(readMap(doc).map)).toEqual(deck);
  });

  it('keeps text as collaborative text and changes nothing when restoring the same state', () => {
    const doc = sampleDoc();
    const [card] = readMap(doc).map.touchpoints;
    updateTouchpoint(doc, card!.id, { title: 'Typed title' });
    const version = versionOf(doc);
    updateTouchpoint(doc, card!.id, { title: 'Typed title, then more' });
    restoreState(doc, version, BY);
    expect(readMap(doc).map.touchpoints.find((t) => t.id === card!.id)!.title).toBe('Typed title');
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    expect(restoreState(doc, version, BY)).toEqual({ added: 0, removed: 0, patched: 0 });
    expect(updates).toEqual([]);
  });

  it('leaves facilitation alone: seat, freeze and card locks stay as they are now', () => {
    const doc = sampleDoc();
    const version = versionOf(doc);
    const [card] = readMap(doc).map.touchpoints;
    claimFacilitatorSeat(doc, FACILITATOR);
    setStructureLocked(doc, FACILITATOR, true);
    setCardLocked(doc, FACILITATOR, card!.id, true);
    restoreState(doc, version, BY);
    const { facilitation, touchpoints } = readMap(doc).map;
    expect(facilitation.facilitator).toEqual(FACILITATOR);
    expect(facilitation.structureLocked).toBe(true);
    expect(touchpoints.find((t) => t.id === card!.id)!.locked).toBe(true);
  });

  it('tombstones a stage added after the version instead of removing it', () => {
    const doc = new Y.Doc();
    initMapDoc(doc, 'blank');
    const version = versionOf(doc);
    const stageCount = readMap(doc).map.stages.length;
    const offline = cloneDoc(doc);
    // A stage added after the version, and (offline) a card in it that the server sees only later.
    const newStage = readMap(doc).map.stages.length;
    const stageId = addStage(doc, { name: 'Later' });
    expect(readMap(doc).map.stages).toHaveLength(newStage + 1);
    pushUpdates(doc, offline);
    addTouchpoint(offline, { stageId, title: 'Written offline' });
    restoreState(doc, version, BY);
    expect(readMap(doc).map.stages).toHaveLength(stageCount);
    syncDocs(doc, offline);
    // The offline card is not lost: it moves to the version's first stage.
    const card = readMap(doc).map.touchpoints.find((t) => t.title === 'Written offline');
    expect(card?.stageId).toBe(readMap(doc).map.stages[0]!.id);
  });

  it('merges offline edits as Yjs does: an edit to a card it deleted is lost, a new card stays', () => {
    const doc = sampleDoc();
    const version = versionOf(doc);
    const [stage] = readMap(doc).map.stages;
    const cardId = addTouchpoint(doc, { stageId: stage!.id, title: 'Made after the version' });
    const [kept] = readMap(doc).map.touchpoints;
    const offline = cloneDoc(doc);
    // Offline, unaware of the restore: edits the card the restore removes, adds a card and a note,
    // and edits a field of a card the restore keeps.
    updateTouchpoint(offline, cardId, { title: 'Edited offline' });
    addTouchpoint(offline, { stageId: stage!.id, title: 'Created offline' });
    addNote(offline, { kind: 'painPoint', stageId: stage!.id, text: 'Offline pain' });
    updateTouchpoint(offline, kept!.id, { owner: 'Support team' });

    restoreState(doc, version, BY);
    syncDocs(doc, offline);
    const map = readMap(doc).map;
    expect(map.touchpoints.some((t) => t.id === cardId)).toBe(false);
    expect(map.touchpoints.some((t) => t.title === 'Created offline')).toBe(true);
    expect(map.notes.some((n) => n.text === 'Offline pain')).toBe(true);
    expect(map.touchpoints.find((t) => t.id === kept!.id)!.owner).toBe('Support team');
    // Both sides agree.
    expect(readMap(offline).map).toEqual(map);
  });
});
