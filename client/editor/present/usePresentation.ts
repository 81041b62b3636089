import { useMemo } from 'react';
import { deriveDeck, slideFrame, type DeckSlide, type Rect } from '../../../model';
import { presentedSlides, slideIndex } from '../actions/presentSteps';
import { useEditor } from '../EditorContext';
import { presentationMode, type PresentationMode, type Presenter } from '../store/presentationState';

/** The map's whole deck (hidden slides too), for the slide list. */
export function useDeck(): readonly DeckSlide[] {
  const map = useEditor((s) => s.map);
  return useMemo(() => (map ? deriveDeck(map) : []), [map]);
}

export interface PresentationView {
  readonly mode: PresentationMode;
  /** The slides presented (hidden ones left out). */
  readonly slides: readonly DeckSlide[];
  /** The slide on screen (this tab's, or the presenter's) and its place; null/-1 when none. */
  readonly slide: DeckSlide | null;
  readonly index: number;
  /** The area of the map it frames (flow coordinates). */
  readonly frame: Rect | null;
  readonly presenter: Presenter | null;
}

/**
 * What the presentation shows on this screen. The presenter's slide is resolved against this tab's
 * own copy of the map (the same doc as the presenter's), so each window frames it on its own canvas.
 */
export function usePresentation(): PresentationView {
  const map = useEditor((s) => s.map);
  const layout = useEditor((s) => s.layout);
  const presentation = useEditor((s) => s.presentation);
  const mode = presentationMode(presentation);
  const slides = useMemo(() => (map ? presentedSlides(map) : []), [map]);
  const slideId = mode === 'presenting' ? presentation.slideId : (presentation.presenter?.slideId ?? null);
  const index = slideIndex(slides, slideId);
  const slide = slides[index] ?? null;
  const frame = useMemo(() => (slide && layout ? slideFrame(slide, layout) : null), [slide, layout]);
  return { mode, slides, slide, index, frame, presenter: presentation.presenter };
}
