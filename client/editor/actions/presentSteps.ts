import { deriveDeck, shownSlides, type DeckSlide, type JourneyMap } from '../../../model';
import type { EditorState, EditorStore } from '../store/editorStore';

/** The slides a presentation steps through, from the map as this tab has it now. */
export function presentedSlides(map: JourneyMap | null): DeckSlide[] {
  return map ? shownSlides(deriveDeck(map)) : [];
}

/** Where `slideId` is among the presented slides; -1 when it is not (hidden or deleted meanwhile). */
export function slideIndex(slides: readonly DeckSlide[], slideId: string | null): number {
  return slideId === null ? -1 : slides.findIndex((s) => s.id === slideId);
}

/** This tab presents: the presenter's keys and buttons apply. */
export const isPresenting = (state: EditorState): boolean => state.presentation.slideId !== null;
/** This tab follows someone's presentation (not stepped out). */
export const isFollowing = (state: EditorState): boolean =>
  state.presentation.slideId === null &&
  state.presentation.presenter !== null &&
  !state.presentation.steppedOut;

/**
 * Shows the slide `to` steps from the current one (a slide that went away counts as the first).
 * Clamped to the deck: past the last slide stays on it. False when this tab does not present.
 */
export function goToSlide(store: EditorStore, to: (index: number, count: number) => number): boolean {
  const state = store.getState();
  if (!isPresenting(state)) return false;
  const slides = presentedSlides(state.map);
  if (slides.length === 0) return false;
  const at = Math.max(0, slideIndex(slides, state.presentation.slideId));
  const next = slides[Math.max(0, Math.min(slides.length - 1, to(at, slides.length)))]!;
  if (next.id !== state.presentation.slideId)
    store.setState({ presentation: { ...state.presentation, slideId: next.id } });
  return true;
}

/** Starts presenting at the first slide (the caller has checked the seat). False with no slides. */
export function startPresenting(store: EditorStore, fromSlideId?: string): boolean {
  const state = store.getState();
  const slides = presentedSlides(state.map);
  const first = slides.find((s) => s.id === fromSlideId) ?? slides[0];
  if (!first) {
    store.setState({ error: 'There is nothing to present: every slide is hidden.' });
    return false;
  }
  store.setState({
    presentation: { ...state.presentation, slideId: first.id, steppedOut: false },
    selection: null,
    group: [],
    editing: null,
  });
  return true;
}

export function stopPresenting(store: EditorStore): void {
  const p = store.getState().presentation;
  if (p.slideId !== null) store.setState({ presentation: { ...p, slideId: null } });
}

/** A follower steps out of the presentation (`out`) or back in ("Rejoin presenter"). */
export function setSteppedOut(store: EditorStore, out: boolean): void {
  const p = store.getState().presentation;
  if (p.steppedOut !== out) store.setState({ presentation: { ...p, steppedOut: out } });
}
