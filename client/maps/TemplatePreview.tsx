import { useEffect, useRef, useState } from 'react';
import type { TemplateRef } from '../../model/templates/templatesApi';
import { templatePreview } from './gallery/templatePreviews';
import type { TemplatePreviewDrawing } from './gallery/templateSnapshot';

type PreviewState = { ref: TemplateRef } & (
  { status: 'waiting' } | { status: 'ready'; drawing: TemplatePreviewDrawing } | { status: 'failed' }
);

/**
 * A thumbnail of the template drawn by the export renderer from its own content (see
 * gallery/templateSnapshot), framed on its grid. Drawn only once the card scrolls near the view, and
 * at most once per template per page load. The drawing is an <image> of the SVG, so nothing in a
 * saved template's text can run. Decorative: the card's name and summary say what it is.
 */
export function TemplatePreview({ template }: { template: TemplateRef }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<PreviewState>({ ref: template, status: 'waiting' });
  // Without IntersectionObserver (old browsers, tests) every card draws at once.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const current = state.ref === template ? state : { ref: template, status: 'waiting' as const };

  useEffect(() => {
    const element = box.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!near) return;
    let live = true;
    templatePreview(template).then(
      (drawing) => live && setState({ ref: template, status: 'ready', drawing }),
      () => live && setState({ ref: template, status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [near, template]);

  return (
    <div ref={box} className={`template-preview is-${current.status}`} aria-hidden="true">
      {current.status === 'ready' && <PreviewDrawing drawing={current.drawing} />}
      {current.status === 'failed' && <span className="template-preview-note">No preview</span>}
    </div>
  );
}

function PreviewDrawing({ drawing }: { drawing: TemplatePreviewDrawing }) {
  const [href] = useState(() => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawing.svg)}`);
  return (
    <svg
      className="template-preview-svg"
      viewBox={drawing.viewBox.join(' ')}
      preserveAspectRatio="xMidYMin meet"
      focusable="false"
    >
      <image href={href} x={0} y={0} width={drawing.width} height={drawing.height} />
    </svg>
  );
}
