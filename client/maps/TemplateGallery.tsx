import type { TemplateRef } from '../../model/templates/templatesApi';
import { Icon } from '../ui/Icon';
import type { GallerySection } from './gallery/galleryEntries';
import type { TemplatesState } from './gallery/useTemplates';
import { TemplateOption } from './TemplateOption';

interface TemplateGalleryProps {
  sections: readonly GallerySection[];
  state: TemplatesState;
  selected: TemplateRef;
  onSelect: (ref: TemplateRef) => void;
  onChoose: () => void;
  onRetry: () => void;
  onRemove: (ref: TemplateRef) => Promise<void>;
  disabled: boolean;
}

/**
 * The cards of the new-map dialog in three sections, one radio group (arrow keys walk all cards,
 * Enter creates): "Start from" (always there), "Gallery" and "Saved on this server" (from the
 * server: skeleton cards while loading, an error with Retry, an empty state for saved).
 */
export function TemplateGallery(props: TemplateGalleryProps) {
  const { sections, state } = props;
  return (
    <div className="template-gallery" role="radiogroup" aria-label="Start from a template">
      {sections
        .filter((s) => state.status !== 'error' || s.source !== 'saved')
        .map((section) => (
          <section key={section.source} className="template-section" aria-label={section.title}>
            <h3 className="template-section-title">{section.title}</h3>
            {section.source !== 'builtin' && state.status === 'loading' ? (
              <SkeletonCards count={section.source === 'gallery' ? 3 : 1} />
            ) : section.source !== 'builtin' && state.status === 'error' ? (
              <LoadError message={state.error} onRetry={props.onRetry} />
            ) : section.entries.length === 0 ? (
              <p className="template-section-empty">
                {section.source === 'saved'
                  ? 'No saved templates yet. In a map, “Save as template” puts it here for everyone on this server.'
                  : 'No templates here.'}
              </p>
            ) : (
              <div className="template-options">
                {section.entries.map((entry) => (
                  <TemplateOption
                    key={entry.ref}
                    entry={entry}
                    checked={entry.ref === props.selected}
                    onSelect={props.onSelect}
                    onChoose={props.onChoose}
                    onRemove={entry.source === 'saved' && entry.canDelete ? props.onRemove : undefined}
                    disabled={props.disabled}
                  />
                ))}
              </div>
            )}
          </section>
        ))}
    </div>
  );
}

function SkeletonCards({ count }: { count: number }) {
  return (
    <div className="template-options" aria-busy="true">
      <span className="visually-hidden" role="status">
        Loading templates…
      </span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="template-option template-option-skeleton" aria-hidden="true">
          <span className="skeleton template-preview" />
          <span className="skeleton skeleton-title" style={{ width: '70%' }} />
          <span className="skeleton skeleton-text" style={{ width: '90%' }} />
        </div>
      ))}
    </div>
  );
}

function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="template-section-error" role="alert">
      <Icon name="alert" size={16} />
      <span>Could not load the templates. {message}</span>
      <button type="button" className="btn btn-sm" onClick={onRetry}>
        <Icon name="refresh" size={14} />
        Retry
      </button>
    </div>
  );
}
