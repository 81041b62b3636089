import { useMemo } from 'react';
import { speakerNotes } from '../../../model';
import { goToSlide, stopPresenting } from '../actions/presentSteps';
import { useEditor, useSession } from '../EditorContext';
import { NextSlidePreview } from './NextSlidePreview';
import { usePresentation } from './usePresentation';

/**
 * The presenter's own view, beside the slide: where they are, the speaker notes (cards'
 * descriptions, pain points' whys), the next slide, the controls, and a second window for the
 * projector that follows this one without the notes.
 */
export function PresenterPanel() {
  const { store } = useSession();
  const map = useEditor((s) => s.map);
  const { slide, index, slides } = usePresentation();
  const notes = useMemo(() => (slide && map ? speakerNotes(slide, map) : null), [slide, map]);
  const next = slides[index + 1] ?? null;
  const openAudience = () => {
    // Same-origin with an opener: the new tab gets this tab's session (its share link) and follows.
    window.open(window.location.href, '_blank');
  };
  return (
    <aside className="presenter-panel" aria-label="Presenter view" data-testid="presenter-view">
      <header className="presenter-head">
        <span className="presenter-count">
          Slide {index + 1} of {slides.length}
        </span>
        <h2 className="presenter-title">{slide?.title ?? '—'}</h2>
      </header>
      <div className="presenter-controls">
        <button
          type="button"
          className="btn btn-sm"
          onClick={() => goToSlide(store, (at) => at - 1)}
          disabled={index <= 0}
        >
          ← Previous
        </button>
        <button
          type="button"
          className="btn btn-sm btn-primary"
          onClick={() => goToSlide(store, (at) => at + 1)}
          disabled={index >= slides.length - 1}
        >
          Next →
        </button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => stopPresenting(store)}>
          End
        </button>
      </div>
      <section className="presenter-notes" aria-label="Speaker notes" data-testid="speaker-notes">
        <h3>Speaker notes</h3>
        {notes && notes.cards.length === 0 && notes.pains.length === 0 && (
          <p className="presenter-empty">No descriptions or whys on this slide.</p>
        )}
        {notes?.cards.map((c) => (
          <div key={c.id} className="presenter-note">
            <strong>{c.title}</strong>
            <p>{c.description}</p>
          </div>
        ))}
        {notes?.pains.map((p) => (
          <div key={p.id} className="presenter-note is-pain">
            <strong>{p.text}</strong>
            {p.whys.length > 0 && (
              <ol className="presenter-whys">
                {p.whys.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </section>
      <NextSlidePreview next={next} />
      <footer className="presenter-foot">
        <button type="button" className="btn btn-sm" onClick={openAudience}>
          Open audience window
        </button>
        <p className="presenter-hint">← → PageUp PageDown Space · Home End · Esc ends</p>
      </footer>
    </aside>
  );
}
