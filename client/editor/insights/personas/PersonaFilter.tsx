import './personas.css';
import { useEditor } from '../../EditorContext';
import { useEditorActions } from '../../useEditorActions';
import { PersonaChip } from './PersonaChip';
import { useLinkedPersonas } from './useLinkedPersonas';

/**
 * The header's persona filter: "All" or any set of the linked personas. Shown personas keep their
 * curves; cards none of them uses are dimmed. Hidden on a map with no linked persona.
 */
export function PersonaFilter() {
  const { personas } = useLinkedPersonas();
  const filter = useEditor((s) => s.personaFilter);
  const actions = useEditorActions();
  if (personas.length === 0) return null;
  const active = personas.filter((p) => filter.includes(p.id)).map((p) => p.id);
  const all = active.length === 0;
  const toggle = (id: string) => {
    const next = active.includes(id) ? active.filter((a) => a !== id) : [...active, id];
    actions.setPersonaFilter(next.length === personas.length ? [] : next);
  };
  return (
    <div className="persona-filter" role="group" aria-label="Show personas" data-testid="persona-filter">
      <button
        type="button"
        className={`btn btn-sm persona-filter-all${all ? ' is-active' : ''}`}
        aria-pressed={all}
        title="Show every persona's journey"
        onClick={() => actions.setPersonaFilter([])}
      >
        All personas
      </button>
      {personas.map((p) => {
        const on = active.includes(p.id);
        return (
          <button
            key={p.id}
            type="button"
            className={`btn btn-sm persona-filter-chip${on ? ' is-active' : ''}`}
            aria-pressed={on}
            title={on ? `Stop showing only ${p.name}` : `Show ${p.name}'s journey`}
            data-testid="persona-filter-chip"
            data-persona-id={p.id}
            style={{ ['--persona' as string]: p.color }}
            onClick={() => toggle(p.id)}
          >
            <PersonaChip persona={p} size={18} />
            <span className="persona-filter-name">{p.name || 'Unnamed persona'}</span>
          </button>
        );
      })}
    </div>
  );
}
