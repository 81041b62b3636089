import './personas.css';
import { PersonaChip } from './PersonaChip';
import { useLinkedPersonas, useShownPersonas } from './useLinkedPersonas';

/** The emotion lane's legend: one line per linked persona (chip + name); hidden ones struck out. */
export function PersonaLegend() {
  const { personas } = useLinkedPersonas();
  const shown = useShownPersonas();
  if (personas.length === 0) return null;
  return (
    <ul className="persona-legend" aria-label="Persona curves" data-testid="persona-legend">
      {personas.map((p) => (
        <li
          key={p.id}
          className={shown.includes(p) ? undefined : 'is-hidden'}
          data-testid="persona-legend-item"
          data-persona-id={p.id}
        >
          <span className="persona-legend-line" style={{ background: p.color }} aria-hidden="true" />
          <PersonaChip persona={p} size={18} />
          <span className="persona-legend-name">{p.name || 'Unnamed persona'}</span>
        </li>
      ))}
    </ul>
  );
}
