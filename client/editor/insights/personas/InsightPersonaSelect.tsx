import './personas.css';
import { useId } from 'react';
import { ALL_PERSONAS, type InsightPersona } from '../../../../model';
import { useLinkedPersonas } from './useLinkedPersonas';

/** Whose journey an insight reads: "All personas" or one linked persona. Hidden with none linked. */
export function InsightPersonaSelect({
  value,
  onChange,
}: {
  value: InsightPersona;
  onChange: (persona: InsightPersona) => void;
}) {
  const id = useId();
  const { personas } = useLinkedPersonas();
  if (personas.length === 0) return null;
  return (
    <div className="insight-persona">
      <label htmlFor={id}>For</label>
      <select
        id={id}
        className="input"
        value={personas.some((p) => p.id === value) ? value : ALL_PERSONAS}
        data-testid="insight-persona"
        onChange={(e) => onChange(e.target.value)}
      >
        <option value={ALL_PERSONAS}>All personas (the map’s emotions)</option>
        {personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name || 'Unnamed persona'}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The persona an insight reads: the chosen one while the map still links it, else all. */
export function useInsightPersona(chosen: InsightPersona): InsightPersona {
  const { personas } = useLinkedPersonas();
  return personas.some((p) => p.id === chosen) ? chosen : ALL_PERSONAS;
}
