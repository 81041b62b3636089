import { useRef } from 'react';
import { useStoreApi } from '@xyflow/react';
import { SLIDE_KIND_TRAITS } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { viewBoxOf } from '../presence/viewBox';
import type { DeckActions } from './deckActions';
import { useDeck } from './usePresentation';
import { useSlideDrag } from './useSlideDrag';

/**
 * The deck, in order: each slide's title and kind; editors move, hide, show and delete slides, add
 * the canvas' current view as a slide, or go back to the default deck. Everyone else reads it.
 */
export function SlideList({
  deck,
  onPresent,
}: {
  deck: DeckActions;
  /** Starts presenting (from a slide, else the first shown); absent for those who may not present. */
  onPresent?: (fromSlideId?: string) => void;
}) {
  const slides = useDeck();
  const edited = useEditor((s) => (s.map?.slides.length ?? 0) > 0);
  const canEdit = useCanEdit();
  const flow = useStoreApi();
  const shown = slides.filter((s) => !s.hidden).length;
  const list = useRef<HTMLOListElement>(null);
  const drag = useSlideDrag(
    slides.map((s) => s.id),
    () => [...(list.current?.querySelectorAll<HTMLElement>(':scope > .slide-item') ?? [])],
    deck.move,
  );
  const dropClass = (i: number) => {
    if (drag.dragging === null || drag.gap === null) return '';
    if (drag.gap === i) return ' drop-before';
    return drag.gap === slides.length && i === slides.length - 1 ? ' drop-after' : '';
  };

  const addThisView = () => {
    const { transform, width, height } = flow.getState();
    const [x, y, zoom] = transform;
    const box = viewBoxOf({ x, y, zoom, width, height });
    const round = (n: number) => Math.round(n);
    deck.addView({ x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) });
  };

  return (
    <div className="slide-list">
      <header className="slide-list-head">
        <strong>Slides</strong>
        <span className="slide-list-sub">
          {shown} of {slides.length} shown{edited ? '' : ' · default deck'}
        </span>
      </header>
      {onPresent && (
        <div className="slide-list-start">
          <button
            type="button"
            className="btn btn-sm btn-primary"
            onClick={() => onPresent()}
            disabled={shown === 0}
          >
            ▶ Start presenting
          </button>
          <span className="slide-list-sub">Everyone on the map follows you</span>
        </div>
      )}
      <ol className={`slide-items${drag.dragging ? ' is-dragging' : ''}`} ref={list}>
        {slides.map((s, i) => (
          <li
            key={s.id}
            className={`slide-item${s.hidden ? ' is-hidden' : ''}${drag.dragging === s.id ? ' is-dragged' : ''}${dropClass(i)}`}
            data-testid="slide-item"
          >
            {canEdit && (
              <span
                className="slide-item-grip"
                title="Drag to reorder"
                aria-hidden="true"
                data-testid="slide-grip"
                {...drag.handle(s.id)}
              >
                ⋮⋮
              </span>
            )}
            <span className="slide-item-index">{i + 1}</span>
            <span className="slide-item-text">
              <span className="slide-item-title">{s.title}</span>
              <span className="slide-item-kind">
                {s.cardIds.length > 0
                  ? `${s.cardIds.length} card${s.cardIds.length === 1 ? '' : 's'} highlighted`
                  : SLIDE_KIND_TRAITS[s.kind].label}
                {s.hidden ? ' · hidden' : ''}
              </span>
            </span>
            {onPresent && (
              <button
                type="button"
                className="sp-icon-btn"
                aria-label={`Present from ${s.title}`}
                title={s.hidden ? 'Hidden: skipped while presenting' : 'Present from here'}
                disabled={s.hidden}
                onClick={() => onPresent(s.id)}
              >
                ▶
              </button>
            )}
            {canEdit && (
              <span className="slide-item-tools">
                <button
                  type="button"
                  className="sp-icon-btn"
                  aria-label={`Move ${s.title} up`}
                  disabled={i === 0}
                  onClick={() => deck.move(s.id, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="sp-icon-btn"
                  aria-label={`Move ${s.title} down`}
                  disabled={i === slides.length - 1}
                  onClick={() => deck.move(s.id, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="sp-icon-btn"
                  aria-label={s.hidden ? `Show ${s.title}` : `Hide ${s.title}`}
                  aria-pressed={s.hidden}
                  onClick={() => deck.setHidden(s.id, !s.hidden)}
                >
                  {s.hidden ? 'Show' : 'Hide'}
                </button>
                <button
                  type="button"
                  className="sp-icon-btn"
                  aria-label={`Delete ${s.title}`}
                  onClick={() => deck.remove(s.id)}
                >
                  ✕
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      {canEdit && (
        <footer className="slide-list-foot">
          <button type="button" className="btn btn-sm" onClick={addThisView}>
            Add this view
          </button>
          {edited && (
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => deck.reset()}>
              Back to the default deck
            </button>
          )}
        </footer>
      )}
    </div>
  );
}
