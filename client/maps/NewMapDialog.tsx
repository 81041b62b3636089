import { useId, useState } from 'react';
import type { TemplateRef } from '../../model/templates/templatesApi';
import { MAP_TITLE_MAX } from '../api/mapsApi';
import { Dialog } from '../ui/Dialog';
import { defaultTitle, gallerySections } from './gallery/galleryEntries';
import { useTemplates } from './gallery/useTemplates';
import { TemplateGallery } from './TemplateGallery';
import { useCreateMap } from './useCreateMap';

/** Names a new map, picks what it starts from in the templates gallery, creates it and opens it. */
export function NewMapDialog({ onClose }: { onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<TemplateRef>('blank');
  const { create, pending, error } = useCreateMap();
  const { state, retry, remove } = useTemplates();
  const titleId = useId();
  const sections = gallerySections(state.status === 'ready' ? state.templates : null);
  const selected = sections.flatMap((s) => s.entries).find((e) => e.ref === template);

  const submit = () => {
    if (!pending) void create(template, title);
  };

  return (
    <Dialog
      title="New map"
      description="Name it now or later, and pick what it starts from; everyone with the link can edit it."
      onClose={onClose}
      onSubmit={submit}
      dismissible={!pending}
      className="new-map-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={pending}>
            Cancel
          </button>
          <button
            type="submit"
            className="btn btn-primary"
            disabled={pending}
            aria-busy={pending || undefined}
          >
            {pending ? 'Creating…' : 'Create'}
          </button>
        </>
      }
    >
      <div className="form-field">
        <label className="field-label" htmlFor={titleId}>
          Title
        </label>
        <input
          id={titleId}
          className="input input-lg"
          value={title}
          placeholder={defaultTitle(selected)}
          maxLength={MAP_TITLE_MAX}
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <TemplateGallery
        sections={sections}
        state={state}
        selected={template}
        onSelect={setTemplate}
        onChoose={submit}
        onRetry={retry}
        onRemove={async (ref) => {
          await remove(ref);
          if (ref === template) setTemplate('blank');
        }}
        disabled={pending}
      />
      {error && (
        <p className="ui-dialog-error" role="alert">
          Could not create the map. {error}
        </p>
      )}
    </Dialog>
  );
}
