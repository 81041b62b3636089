import './personas.css';
import { useState } from 'react';
import { addPersona, MAX_LIBRARY_PERSONAS } from '../../model';
import { AppHeader } from '../app/AppHeader';
import { useDocumentTitle } from '../ui/useDocumentTitle';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaEditor } from './PersonaEditor';
import { usePersonaLibrary } from './usePersonaLibrary';

/** `/personas`: the server's persona library — cards, and the one being edited beside them. */
export function PersonasPage() {
  useDocumentTitle('Personas · Journey');
  const { doc, personas, synced } = usePersonaLibrary();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected = personas.find((p) => p.id === selectedId) ?? null;

  const create = () => {
    if (!doc) return;
    try {
      setSelectedId(addPersona(doc, { name: 'New persona' }));
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div className="app-page">
      <AppHeader />
      <main className="personas-page">
        <div className="personas-heading">
          <div>
            <h1 className="personas-title">Personas</h1>
            <p className="personas-subtitle">
              Who your journeys are drawn for. Link them to a map from its header; every map on this server
              shares this library.
            </p>
          </div>
          <button
            type="button"
            className="btn btn-primary"
            onClick={create}
            disabled={!doc || personas.length >= MAX_LIBRARY_PERSONAS}
          >
            New persona
          </button>
        </div>
        {error && (
          <p className="personas-error" role="alert">
            {error}
          </p>
        )}
        <div className="personas-body">
          <section className="personas-list" aria-label="Persona library">
            {!synced && personas.length === 0 && (
              <p className="personas-empty" role="status">
                Loading the persona library…
              </p>
            )}
            {synced && personas.length === 0 && (
              <div className="personas-empty">
                <p className="personas-empty-title">No personas yet</p>
                <p>Create one to describe who a journey is for: their goals, needs and frustrations.</p>
              </div>
            )}
            {personas.length > 0 && (
              <ul className="personas-grid">
                {personas.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className={`persona-card${p.id === selectedId ? ' is-selected' : ''}`}
                      aria-pressed={p.id === selectedId}
                      onClick={() => setSelectedId(p.id)}
                    >
                      <PersonaAvatar persona={p} />
                      <span className="persona-card-text">
                        <span className="persona-card-name">{p.name || 'Unnamed persona'}</span>
                        {p.role && <span className="persona-card-role">{p.role}</span>}
                        {p.quote && <span className="persona-card-quote">“{p.quote}”</span>}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {selected && doc && (
            <PersonaEditor
              key={selected.id}
              doc={doc}
              persona={selected}
              onClose={() => setSelectedId(null)}
            />
          )}
        </div>
      </main>
    </div>
  );
}
