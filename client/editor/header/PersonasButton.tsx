import './personasButton.css';
import { useRef, useState } from 'react';
import {
  addPersona,
  MAX_MAP_PERSONAS,
  personaFromFreeText,
  setMapSettings,
  type Persona,
} from '../../../model';
import { Link } from '../../app/Link';
import { useDismiss } from '../../ui/useDismiss';
import { useEditor, useSession } from '../EditorContext';
import { selectCanEdit } from '../store/editorStore';
import { PersonaAvatar } from '../../personas/PersonaAvatar';

const NO_IDS: readonly string[] = [];

/**
 * The map's personas: which library personas this map is drawn for (`settings.personaIds`, in
 * legend order, at most MAX_MAP_PERSONAS), and — for a map that still describes its persona as
 * free text — "Move to persona library", which creates a library persona from it and links it.
 */
export function PersonasButton() {
  const session = useSession();
  const personas = useEditor((s) => s.personas);
  const linkedIds = useEditor((s) => s.map?.settings.personaIds ?? NO_IDS);
  const freeText = useEditor((s) => s.map?.info.persona ?? '');
  const canEdit = useEditor(selectCanEdit);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const anchor = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useDismiss(panel, anchor, () => setOpen(false), open);

  const linked = linkedIds
    .map((id) => personas.find((p) => p.id === id))
    .filter((p): p is Persona => p !== undefined);
  const toggle = (id: string) => {
    const next = linkedIds.includes(id) ? linkedIds.filter((x) => x !== id) : [...linkedIds, id];
    setMapSettings(session.doc, { personaIds: next });
  };
  const migrate = () => {
    try {
      const id = addPersona(
        session.library.doc,
        personaFromFreeText(
          freeText,
          personas.map((p) => p.color),
        ),
      );
      setMapSettings(session.doc, { personaIds: [id] });
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="pl-wrap">
      <button
        ref={anchor}
        type="button"
        className={`btn btn-sm${open ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-haspopup="dialog"
        title="Personas of this map"
        data-testid="personas-button"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="pl-faces" aria-hidden="true">
          {linked.length === 0 ? (
            <svg
              width="14"
              height="14"
              viewBox="0 0 16 16"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.6"
            >
              <circle cx="8" cy="5.5" r="2.8" />
              <path d="M2.8 14c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3" strokeLinecap="round" />
            </svg>
          ) : (
            linked.slice(0, 3).map((p) => <PersonaAvatar key={p.id} persona={p} size={18} />)
          )}
        </span>
        <span className="pl-label">Personas{linked.length > 0 ? ` (${linked.length})` : ''}</span>
      </button>
      {open && (
        <div ref={panel} className="pl-popover" role="dialog" aria-label="Personas of this map">
          <p className="pl-heading">Personas of this map</p>
          {error && (
            <p className="pl-error" role="alert">
              {error}
            </p>
          )}
          {freeText && linkedIds.length === 0 && (
            <div className="pl-migrate">
              <p>
                This map describes its persona as text: <q>{freeText}</q>
              </p>
              <button type="button" className="btn btn-sm btn-primary" disabled={!canEdit} onClick={migrate}>
                Move to persona library
              </button>
            </div>
          )}
          {personas.length === 0 ? (
            <p className="pl-empty">The persona library is empty.</p>
          ) : (
            <ul className="pl-list">
              {personas.map((p) => {
                const checked = linkedIds.includes(p.id);
                const full = !checked && linkedIds.length >= MAX_MAP_PERSONAS;
                return (
                  <li key={p.id}>
                    <label className="pl-item">
                      <input
                        type="checkbox"
                        checked={checked}
                        disabled={!canEdit || full}
                        onChange={() => toggle(p.id)}
                      />
                      <PersonaAvatar persona={p} size={26} />
                      <span className="pl-item-text">
                        <span className="pl-item-name">{p.name || 'Unnamed persona'}</span>
                        {p.role && <span className="pl-item-role">{p.role}</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
          <p className="pl-foot">
            {linkedIds.length >= MAX_MAP_PERSONAS && `At most ${MAX_MAP_PERSONAS} personas per map. `}
            <Link to="/personas">Manage the persona library</Link>
          </p>
        </div>
      )}
    </div>
  );
}
