import { useId, useState } from 'react';
import { MAP_TITLE_MAX, type MapTemplate } from '../api/mapsApi';
import { Dialog } from '../ui/Dialog';
import { TemplateOption } from './TemplateOption';
import { useCreateMap } from './useCreateMap';

/** The server's default titles (model/templates), shown as placeholders so an empty title is fine. */
const DEFAULT_TITLES: Record<MapTemplate, string> = {
  blank: 'Untitled journey',
  sample: 'Home internet: connection drops',
};

/** Names a new map, picks what it starts from, creates it and opens it. */
export function NewMapDialog({ onClose }: { onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<MapTemplate>('blank');
  const { create, pending, error } = useCreateMap();
  const titleId = useId();

  return (
    <Dialog
      title="New map"
      description="Name it now or later; everyone with the link can edit it."
      onClose={onClose}
      onSubmit={() => {
        if (!pending) void create(template, title);
      }}
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
          placeholder={DEFAULT_TITLES[template]}
          maxLength={MAP_TITLE_MAX}
          autoComplete="off"
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <fieldset className="form-field template-options">
        <legend className="field-label">Start from</legend>
        <TemplateOption
          template="blank"
          label="Blank map"
          detail="Aware → Loyalty stages, all lanes"
          checked={template === 'blank'}
          onSelect={setTemplate}
        />
        <TemplateOption
          template="sample"
          label="Sample: Home internet — connection drops"
          detail="11 touchpoints, hubs, pain points"
          checked={template === 'sample'}
          onSelect={setTemplate}
        />
      </fieldset>
      {error && (
        <p className="ui-dialog-error" role="alert">
          Could not create the map. {error}
        </p>
      )}
    </Dialog>
  );
}
