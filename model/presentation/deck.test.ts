import { describe, expect, it } from 'vitest';
import { isHub } from '../hub';
import { momentsOfPain } from '../insights/momentsOfPain';
import { layoutMap } from '../layout';
import { addViewSlide, deleteSlide, moveSlide, setSlideHidden } from '../commands/slides';
import { addStage, deleteStage, renameStage } from '../commands/stages';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { deriveDeck, shownSlides } from './deck';
import { slideFrame } from './slideFrame';

describe('deriveDeck', () => {
  it('gives a map with no slides the default deck: one per stage, then hubs, pain, opportunities', () => {
    const map = cleanMap(templateDoc('sample'));
    const deck = deriveDeck(map);
    expect(deck.map((s) => s.kind)).toEqual([
      ...map.stages.map(() => 'stages'),
      'hubs',
      'pain',
      'opportunities',
    ]);
    expect(deck.slice(0, map.stages.length).map((s) => s.title)).toEqual(map.stages.map((s) => s.name));
    expect(deck.find((s) => s.kind === 'hubs')?.cardIds).toEqual(
      map.touchpoints.filter(isHub).map((t) => t.id),
    );
    expect(deck.find((s) => s.kind === 'pain')?.cardIds).toEqual(
      momentsOfPain(map).map((m) => m.touchpointId),
    );
    const opportunities = map.notes.filter((n) => n.kind === 'opportunity').map((n) => n.id);
    expect(deck.at(-1)?.cardIds).toEqual(opportunities);
  });

  it('leaves out the closing slides a map has nothing for', () => {
    const deck = deriveDeck(cleanMap(templateDoc('blank')));
    expect(deck.every((s) => s.kind === 'stages')).toBe(true);
  });

  it('reads the stored deck once it was edited, and stage titles follow renames', () => {
    const doc = templateDoc('sample');
    const first = deriveDeck(cleanMap(doc))[0]!;
    moveSlide(doc, first.id, 2);
    renameStage(doc, first.stageIds[0]!, 'Discover');
    const deck = deriveDeck(cleanMap(doc));
    expect(cleanMap(doc).slides.length).toBeGreaterThan(0);
    expect(deck[2]).toMatchObject({ id: first.id, title: 'Discover' });
  });

  it('drops a stored stage slide whose stage is gone and keeps hidden slides out of the show', () => {
    const doc = templateDoc('blank');
    const [a, b] = deriveDeck(cleanMap(doc));
    setSlideHidden(doc, b!.id, true);
    deleteStage(doc, a!.stageIds[0]!, { touchpoints: 'delete' });
    const deck = deriveDeck(cleanMap(doc));
    expect(deck.map((s) => s.id)).not.toContain(a!.id);
    expect(deck.find((s) => s.id === b!.id)?.hidden).toBe(true);
    expect(shownSlides(deck).map((s) => s.id)).not.toContain(b!.id);
  });

  it("gives a stage added after the deck was edited a slide after the previous stage's, without writing", () => {
    const doc = templateDoc('blank');
    const before = deriveDeck(cleanMap(doc));
    setSlideHidden(doc, before[0]!.id, true);
    moveSlide(doc, before[0]!.id, before.length - 1);
    const stored = cleanMap(doc).slides;
    const first = cleanMap(doc).stages[0]!;
    const added = addStage(doc, { name: 'Renew', index: 1 });
    const map = cleanMap(doc);
    const deck = deriveDeck(map);
    const at = deck.findIndex((s) => s.stageIds.includes(added));
    expect(deck[at]).toMatchObject({ kind: 'stages', title: 'Renew', hidden: false });
    // Right after the slide of the stage before it, wherever that slide was moved to.
    expect(deck[at - 1]?.stageIds).toEqual([first.id]);
    expect(deck).toHaveLength(before.length + 1);
    expect(map.slides).toEqual(stored);
  });

  it("writes the new stage's slide down with the next deck edit, where the deck showed it", () => {
    const doc = templateDoc('blank');
    const before = deriveDeck(cleanMap(doc));
    setSlideHidden(doc, before[1]!.id, true);
    const added = addStage(doc, { name: 'Renew' });
    const shown = deriveDeck(cleanMap(doc)).map((s) => s.id);
    setSlideHidden(doc, before[1]!.id, false);
    expect(deriveDeck(cleanMap(doc)).map((s) => s.id)).toEqual(shown);
    expect(cleanMap(doc).slides.some((s) => s.stageIds?.includes(added))).toBe(true);
  });

  it('does not bring back a stage slide someone deleted', () => {
    const doc = templateDoc('blank');
    const before = deriveDeck(cleanMap(doc));
    deleteSlide(doc, before[0]!.id);
    addStage(doc, { name: 'Renew' });
    const ids = deriveDeck(cleanMap(doc)).map((s) => s.id);
    expect(ids).not.toContain(before[0]!.id);
    expect(ids).toHaveLength(before.length);
  });
});

describe('slideFrame', () => {
  it('frames a stage slide as its column, full height, with room for the lane names on its left', () => {
    const map = cleanMap(templateDoc('sample'));
    const layout = layoutMap(map);
    const slide = deriveDeck(map)[1]!;
    const column = layout.columns.find((c) => c.stageId === slide.stageIds[0])!;
    const frame = slideFrame(slide, layout);
    expect(frame.x + frame.width).toBe(column.x + column.width);
    expect(frame.x).toBeLessThan(column.x);
    expect(frame.x).toBeGreaterThan(layout.columns[0]!.x);
    expect(frame).toMatchObject({ y: 0, height: layout.height });
  });

  it('frames a card slide around every card it highlights, and a view slide as its rect', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const layout = layoutMap(map);
    const hubs = deriveDeck(map).find((s) => s.kind === 'hubs')!;
    const frame = slideFrame(hubs, layout);
    for (const id of hubs.cardIds) {
      const card = layout.cards.get(id)!;
      expect(card.x).toBeGreaterThan(frame.x);
      expect(card.x + card.width).toBeLessThan(frame.x + frame.width);
      expect(card.y + card.height).toBeLessThan(frame.y + frame.height);
    }
    expect(frame.width).toBeGreaterThanOrEqual(960);
    const opportunities = deriveDeck(map).find((s) => s.kind === 'opportunities')!;
    const one = { ...opportunities, cardIds: opportunities.cardIds.slice(0, 1) };
    const note = layout.notes.get(one.cardIds[0]!)!;
    const around = slideFrame(one, layout);
    expect(around).toMatchObject({ width: 960, height: 540 });
    // Grown around the note, then moved back over the map: the note stays inside, no empty canvas.
    expect(around.x).toBeGreaterThanOrEqual(0);
    expect(around.y).toBeGreaterThanOrEqual(0);
    expect(around.x + around.width).toBeLessThanOrEqual(layout.width);
    expect(around.y + around.height).toBeLessThanOrEqual(layout.height);
    expect(note.x).toBeGreaterThan(around.x);
    expect(note.x + note.width).toBeLessThan(around.x + around.width);
    expect(note.y).toBeGreaterThan(around.y);
    expect(note.y + note.height).toBeLessThan(around.y + around.height);
    const rect = { x: 10, y: 20, width: 300, height: 200 };
    addViewSlide(doc, { rect });
    const view = deriveDeck(cleanMap(doc)).at(-1)!;
    expect(slideFrame(view, layout)).toEqual(rect);
  });
});
