import { personaInitials, type Persona } from '../../../../model';

/** A persona's face: its photo, else its initials on its colour. */
export function PersonaChip({ persona, size = 22 }: { persona: Persona; size?: number }) {
  const style = { width: size, height: size, background: persona.color, fontSize: Math.round(size * 0.42) };
  return persona.photo ? (
    <img className="persona-chip" src={persona.photo} alt="" style={style} />
  ) : (
    <span className="persona-chip" aria-hidden="true" style={style}>
      {personaInitials(persona)}
    </span>
  );
}
