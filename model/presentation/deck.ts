import { isHub } from '../hub';
import { momentsOfPain } from '../insights/momentsOfPain';
import type { JourneyMap } from '../journeyMap';
import {
  defaultSlideId,
  SLIDE_KIND_TRAITS,
  type Slide,
  type SlideKind,
  type SlideRect,
} from '../records/slide';

/** One slide as the presentation shows it: resolved against the map as it is now. */
export interface DeckSlide {
  /** The slide record's id; a default slide's is the id it gets when the deck is written down. */
  readonly id: string;
  readonly kind: SlideKind;
  /** Its own title, else its kind's (a stage slide: its stages' names). */
  readonly title: string;
  /** Skipped while presenting; still listed for editing. */
  readonly hidden: boolean;
  /** A stage slide's live stages, left to right; empty for other kinds. */
  readonly stageIds: readonly string[];
  /** A `view` slide's frame; null for other kinds (their frame follows the map's layout). */
  readonly rect: SlideRect | null;
  /** The cards it is about (touchpoint or note ids), highlighted while it shows. */
  readonly cardIds: readonly string[];
}

/** Which cards a slide of each kind is about. */
const SLIDE_CARDS = {
  stages: () => [],
  hubs: (map) => map.touchpoints.filter(isHub).map((t) => t.id),
  pain: (map) => [...new Set(momentsOfPain(map).map((m) => m.touchpointId))],
  opportunities: (map) => map.notes.filter((n) => n.kind === 'opportunity').map((n) => n.id),
  view: () => [],
} satisfies Record<SlideKind, (map: JourneyMap) => string[]>;

/** The kinds that close the default deck, after the stages, in this order. */
const CLOSING_KINDS = ['hubs', 'pain', 'opportunities'] as const satisfies readonly SlideKind[];

/**
 * The map's presentation: its stored slides (`map.slides`, in order) when it has any, else the
 * default deck — one slide per stage, then the hubs, the moments of pain and the opportunities
 * (each only when the map has some). A stored stage slide whose stages are all gone is left out, so
 * is a view slide without a frame; every slide is resolved against the map as it is now.
 */
export function deriveDeck(map: JourneyMap): DeckSlide[] {
  if (map.slides.length === 0) return defaultDeck(map);
  const out: DeckSlide[] = [];
  for (const slide of map.slides) {
    const resolved = resolveSlide(map, slide);
    if (resolved) out.push(resolved);
  }
  return withNewStages(map, out);
}

/**
 * A stage added after the deck was edited gets a slide of its own, right after the slide of the
 * stage before it (else before the first stage slide): derived here on every read, written down
 * only by the next deck edit. A stage that any stored slide names is not new, nor one whose default
 * slide was deleted (its record stays, naming no stage: see `deleteSlide`).
 */
function withNewStages(map: JourneyMap, deck: DeckSlide[]): DeckSlide[] {
  const known = new Set<string>();
  for (const slide of map.slides) {
    known.add(slide.id);
    for (const id of slide.stageIds ?? []) known.add(id);
  }
  const out = [...deck];
  let previous = -1;
  for (const stage of map.stages) {
    const own = out.findIndex((s) => s.stageIds.includes(stage.id));
    if (own !== -1) {
      previous = own;
      continue;
    }
    const id = defaultSlideId('stages', stage.id);
    if (known.has(stage.id) || known.has(id)) continue;
    const slide = resolveSlide(map, { id, kind: 'stages', order: '', stageIds: [stage.id] });
    if (!slide) continue;
    const at =
      previous !== -1
        ? previous + 1
        : Math.max(
            0,
            out.findIndex((s) => s.kind === 'stages'),
          );
    out.splice(at, 0, slide);
    previous = at;
  }
  return out;
}

/** The deck a map presents before anyone edits it (see `deriveDeck`). */
export function defaultDeck(map: JourneyMap): DeckSlide[] {
  const stages = map.stages.map((s) =>
    resolveSlide(map, { id: defaultSlideId('stages', s.id), kind: 'stages', order: '', stageIds: [s.id] }),
  );
  const closing = CLOSING_KINDS.map((kind) =>
    resolveSlide(map, { id: defaultSlideId(kind), kind, order: '' }),
  );
  return [...stages, ...closing].filter(
    (s): s is DeckSlide => s !== null && (s.kind === 'stages' || s.cardIds.length > 0),
  );
}

/** The slides a presentation steps through: the deck without its hidden slides. */
export function shownSlides(deck: readonly DeckSlide[]): DeckSlide[] {
  return deck.filter((s) => !s.hidden);
}

function resolveSlide(map: JourneyMap, slide: Slide): DeckSlide | null {
  const traits = SLIDE_KIND_TRAITS[slide.kind];
  const wanted = new Set(slide.stageIds ?? []);
  const stages = traits.needsStages ? map.stages.filter((s) => wanted.has(s.id)) : [];
  if (traits.needsStages && stages.length === 0) return null;
  if (traits.needsRect && !slide.rect) return null;
  const ownTitle = slide.title?.trim();
  const title =
    ownTitle ||
    (stages.length > 0 ? stages.map((s) => s.name || 'Untitled stage').join(' – ') : traits.defaultTitle);
  return {
    id: slide.id,
    kind: slide.kind,
    title,
    hidden: slide.hidden === true,
    stageIds: stages.map((s) => s.id),
    rect: traits.needsRect ? (slide.rect ?? null) : null,
    cardIds: SLIDE_CARDS[slide.kind](map),
  };
}
