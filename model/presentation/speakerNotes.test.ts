import { describe, expect, it } from 'vitest';
import { addWhy } from '../commands/textEdits';
import { updateNote } from '../commands/notes';
import { updateTouchpoint } from '../commands/touchpoints';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { deriveDeck } from './deck';
import { speakerNotes } from './speakerNotes';

describe('speakerNotes', () => {
  it("gives a stage slide its cards' descriptions and its pain points with their whys", () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const stage = map.stages[2]!;
    const card = map.touchpoints.find((t) => t.stageId === stage.id)!;
    const pain = map.notes.find((n) => n.stageId === stage.id && n.kind === 'painPoint')!;
    updateTouchpoint(doc, card.id, { description: '  Callers wait 12 minutes  ' });
    addWhy(doc, pain.id, 'The IVR tree was built before outages were common');
    addWhy(doc, pain.id, '  ');
    const after = cleanMap(doc);
    const slide = deriveDeck(after).find((s) => s.stageIds[0] === stage.id)!;
    const notes = speakerNotes(slide, after);
    expect(notes.cards).toEqual([{ id: card.id, title: card.title, description: 'Callers wait 12 minutes' }]);
    expect(notes.pains).toEqual([
      { id: pain.id, text: pain.text, whys: ['The IVR tree was built before outages were common'] },
    ]);
  });

  it("lists an opportunities slide's notes with their owner, and nothing for another stage's slide", () => {
    const doc = templateDoc('sample');
    const opportunity = cleanMap(doc).notes.find((n) => n.kind === 'opportunity')!;
    updateNote(doc, opportunity.id, { owner: 'Support ops' });
    const map = cleanMap(doc);
    const deck = deriveDeck(map);
    const notes = speakerNotes(
      deck.find((s) => s.kind === 'opportunities')!,
      map,
    );
    expect(notes.cards).toContainEqual({
      id: opportunity.id,
      title: 'Owner: Support ops',
      description: opportunity.text,
    });
    const otherStage = deck.find((s) => s.kind === 'stages' && !s.stageIds.includes(opportunity.stageId))!;
    expect(speakerNotes(otherStage, map).cards.map((c) => c.id)).not.toContain(opportunity.id);
  });
});
