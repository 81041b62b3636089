import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { exportMapJson, parseMapJson } from '../export/mapFile';
import { writeMapFileToDoc } from '../export/writeMapFile';
import { deriveDeck } from '../presentation/deck';
import { expectOneUndoableStep, expectRefused } from '../testing/commandChecks';
import { syncDocs, cloneDoc } from '../testing/syncDocs';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { addViewSlide, deleteSlide, moveSlide, renameSlide, resetDeck, setSlideHidden } from './slides';

const deckIds = (doc: Parameters<typeof cleanMap>[0]) => deriveDeck(cleanMap(doc)).map((s) => s.id);
const rect = { x: 100, y: 50, width: 640, height: 360 };

describe('slide commands', () => {
  it('moves a slide of the default deck in one undoable step, writing the deck down', () => {
    const doc = templateDoc('sample');
    const [first, ...rest] = deckIds(doc);
    expectOneUndoableStep(doc, () => moveSlide(doc, first!, 2));
    expect(deckIds(doc)).toEqual([rest[0], rest[1], first, ...rest.slice(2)]);
  });

  it('hides and shows a slide, and names one (blank gives back the stage name)', () => {
    const doc = templateDoc('sample');
    const id = deckIds(doc)[0]!;
    expectOneUndoableStep(doc, () => setSlideHidden(doc, id, true));
    expect(deriveDeck(cleanMap(doc))[0]?.hidden).toBe(true);
    setSlideHidden(doc, id, false);
    expect(deriveDeck(cleanMap(doc))[0]?.hidden).toBe(false);
    const stageName = cleanMap(doc).stages[0]!.name;
    renameSlide(doc, id, '  Opening  ');
    expect(deriveDeck(cleanMap(doc))[0]?.title).toBe('Opening');
    renameSlide(doc, id, ' ');
    expect(deriveDeck(cleanMap(doc))[0]?.title).toBe(stageName);
  });

  it('adds this view at an index, and deletes a slide', () => {
    const doc = templateDoc('sample');
    const before = deckIds(doc);
    const id = expectOneUndoableStep(doc, () => addViewSlide(doc, { rect, title: 'Close-up', index: 1 }));
    expect(deckIds(doc)).toEqual([before[0], id, ...before.slice(1)]);
    expect(deriveDeck(cleanMap(doc))[1]).toMatchObject({ kind: 'view', title: 'Close-up', rect });
    expectOneUndoableStep(doc, () => deleteSlide(doc, before[0]!));
    expect(deckIds(doc)).toEqual([id, ...before.slice(1)]);
  });

  it('resets an edited deck to the default one', () => {
    const doc = templateDoc('sample');
    const before = deckIds(doc);
    addViewSlide(doc, { rect });
    expectOneUndoableStep(doc, () => resetDeck(doc));
    expect(deckIds(doc)).toEqual(before);
    expect(cleanMap(doc).slides).toEqual([]);
  });

  it('refuses bad input and writes nothing', () => {
    const doc = templateDoc('sample');
    expectRefused(doc, () => moveSlide(doc, 'slide_nope', 0), /does not exist/);
    expectRefused(doc, () => addViewSlide(doc, { rect: { ...rect, width: 0 } }), /width/);
    expectRefused(doc, () => addViewSlide(doc, { rect: { ...rect, x: Infinity } }), /x/);
    expectRefused(doc, () => renameSlide(doc, deckIds(doc)[0]!, 'x'.repeat(200)), /title/);
    expectRefused(doc, () => resetDeck(doc), /already/);
  });

  // Both write the default deck under the same derived ids, so they converge on one deck; each
  // record is one Y.Map, so where both wrote the same slide first, one of the two edits wins.
  it('two people editing the default deck at once make one deck, not two', () => {
    const a = templateDoc('sample', 1);
    const b = cloneDoc(a, 2);
    const [first, second] = deckIds(a);
    setSlideHidden(a, first!, true);
    setSlideHidden(b, second!, true);
    syncDocs(a, b);
    const fresh = deckIds(templateDoc('sample'));
    expect(cleanMap(a).slides).toHaveLength(fresh.length);
    expect(deckIds(a)).toEqual(deckIds(b));
    expect(deriveDeck(cleanMap(a)).filter((s) => s.hidden).length).toBeGreaterThan(0);
    // Once written down, later concurrent edits of different slides both keep.
    setSlideHidden(a, first!, false);
    setSlideHidden(b, second!, false);
    syncDocs(a, b);
    expect(deriveDeck(cleanMap(a)).some((s) => s.hidden)).toBe(false);
  });
});

describe('slides in the map file', () => {
  it('export → import gives back the edited deck', () => {
    const doc = templateDoc('sample');
    const [first] = deckIds(doc);
    setSlideHidden(doc, first!, true);
    addViewSlide(doc, { rect, title: 'Close-up', index: 0 });
    const parsed = parseMapJson(exportMapJson(cleanMap(doc)));
    if (!parsed.ok) throw new Error(parsed.error);
    const copy = new Y.Doc();
    writeMapFileToDoc(copy, parsed.data);
    expect(deriveDeck(cleanMap(copy))).toEqual(deriveDeck(cleanMap(doc)));
  });

  it('a file without slides (from before them) reads as the default deck', () => {
    const doc = templateDoc('sample');
    const text = exportMapJson(cleanMap(doc));
    expect(text).not.toContain('"slides"');
    const parsed = parseMapJson(text);
    expect(parsed.ok && parsed.data.map.slides).toBeUndefined();
  });
});
