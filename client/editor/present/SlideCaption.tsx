import type { DeckSlide } from '../../../model';

/** The slim caption under a slide: "2 / 9 · Consider". */
export function SlideCaption({ slide, index, count }: { slide: DeckSlide; index: number; count: number }) {
  return (
    <div className="slide-caption" data-testid="slide-caption" aria-live="polite">
      <span className="slide-caption-count">
        {index + 1} / {count}
      </span>
      <span aria-hidden="true"> · </span>
      <span className="slide-caption-title">{slide.title}</span>
    </div>
  );
}
