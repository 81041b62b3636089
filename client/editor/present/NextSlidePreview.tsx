import { useMemo } from 'react';
import { slidePreviewSvg, type DeckSlide } from '../../../model';
import { useEditor } from '../EditorContext';

/**
 * The next slide as the presenter will see it: its frame of the map drawn from the snapshot (the
 * export's drawing, cached per slide and snapshot in the model), as an image so its gradients'
 * ids cannot clash with the canvas'. After the last slide: the end of the presentation.
 */
export function NextSlidePreview({ next }: { next: DeckSlide | null }) {
  const map = useEditor((s) => s.map);
  const layout = useEditor((s) => s.layout);
  const src = useMemo(
    () =>
      next && map && layout
        ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(slidePreviewSvg(map, layout, next))}`
        : null,
    [next, map, layout],
  );
  return (
    <section className="presenter-next" aria-label="Next slide" data-testid="next-slide">
      <h3>Next</h3>
      <p>{next ? next.title : 'End of the presentation'}</p>
      {src && next && (
        <img
          className="presenter-next-preview"
          src={src}
          alt={`Preview of the next slide: ${next.title}`}
          data-testid="next-slide-preview"
          data-slide={next.id}
          draggable={false}
        />
      )}
    </section>
  );
}
