import { useViewport } from '@xyflow/react';
import type { DeckSlide, GridLayout } from '../../../model';

/**
 * Rings around the cards a slide is about (hubs, moments of pain, opportunities), drawn over the
 * canvas through this window's own viewport, so they sit on the cards at any zoom. Not interactive.
 */
export function SlideHighlights({ slide, layout }: { slide: DeckSlide; layout: GridLayout }) {
  const { x, y, zoom } = useViewport();
  if (slide.cardIds.length === 0) return null;
  return (
    <div className="slide-highlights" aria-hidden="true">
      {slide.cardIds.map((id) => {
        const r = layout.cards.get(id) ?? layout.notes.get(id);
        if (!r) return null;
        return (
          <div
            key={id}
            className="slide-highlight"
            data-testid="slide-highlight"
            style={{
              left: r.x * zoom + x - 6,
              top: r.y * zoom + y - 6,
              width: r.width * zoom + 12,
              height: r.height * zoom + 12,
            }}
          />
        );
      })}
    </div>
  );
}
