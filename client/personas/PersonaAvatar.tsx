import { personaInitials, type Persona } from '../../model';

/** A persona's photo, or its initials on its colour. Decorative: the name is always shown beside it. */
export function PersonaAvatar({ persona, size = 48 }: { persona: Persona; size?: number }) {
  const style = { width: size, height: size, fontSize: Math.round(size * 0.38) };
  if (persona.photo) {
    return <img className="persona-avatar" src={persona.photo} alt="" style={style} />;
  }
  return (
    <span className="persona-avatar" aria-hidden="true" style={{ ...style, background: persona.color }}>
      {personaInitials(persona)}
    </span>
  );
}
