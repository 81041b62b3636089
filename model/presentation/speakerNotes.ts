import type { JourneyMap } from '../journeyMap';
import { NOTE_KIND_TRAITS } from '../records/note';
import type { DeckSlide } from './deck';

/** What the presenter reads beside a slide: the cards' descriptions and the pain points' whys. */
export interface SpeakerNotes {
  /** Cards on the slide with a description: title and description. */
  readonly cards: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly description: string;
  }>;
  /** Pain points on the slide (in its stages, or tied to its cards) with their five whys. */
  readonly pains: ReadonlyArray<{
    readonly id: string;
    readonly text: string;
    readonly whys: readonly string[];
  }>;
}

/**
 * The speaker notes of a slide. A stage slide's are its stages' cards and pain points; a card
 * slide's (hubs, moments of pain) its cards and the pain points tied to them; an opportunities
 * slide's, the opportunities as cards. Stages have no description of their own: their cards'
 * descriptions stand for it. Empty for a view slide.
 */
export function speakerNotes(slide: DeckSlide, map: JourneyMap): SpeakerNotes {
  const stageIds = new Set(slide.stageIds);
  const cardIds = new Set(slide.cardIds);
  const onSlide = (stageId: string, id: string) => stageIds.has(stageId) || cardIds.has(id);
  const cards = map.touchpoints
    .filter((t) => onSlide(t.stageId, t.id) && t.description.trim() !== '')
    .map((t) => ({ id: t.id, title: t.title, description: t.description.trim() }));
  const opportunities = map.notes
    .filter((n) => cardIds.has(n.id) && !NOTE_KIND_TRAITS[n.kind].isPain)
    .map((n) => ({ id: n.id, title: n.owner ? `Owner: ${n.owner}` : 'No owner yet', description: n.text }));
  const pains = map.notes
    .filter(
      (n) =>
        NOTE_KIND_TRAITS[n.kind].isPain &&
        (stageIds.has(n.stageId) ||
          cardIds.has(n.id) ||
          (n.touchpointId !== undefined && cardIds.has(n.touchpointId))),
    )
    .map((n) => ({ id: n.id, text: n.text, whys: (n.whys ?? []).filter((w) => w.trim() !== '') }));
  return { cards: [...cards, ...opportunities], pains };
}
