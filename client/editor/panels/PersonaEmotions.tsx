import '../insights/personas/personas.css';
import { useId } from 'react';
import { emotionFor, usesTouchpoint, type Emotion, type Persona, type Touchpoint } from '../../../model';
import { useCanEdit } from '../access/useAccess';
import { PersonaChip } from '../insights/personas/PersonaChip';
import { useLinkedPersonas } from '../insights/personas/useLinkedPersonas';
import { useEditorActions } from '../useEditorActions';
import { EmotionPicker } from './EmotionPicker';

/**
 * Issue 21: per linked persona, how it feels at this touchpoint (its own score, else the card's
 * emotion above) and whether it uses the card at all. Nothing shows on a map with no linked persona.
 */
export function PersonaEmotions({ tp }: { tp: Touchpoint }) {
  const { personas } = useLinkedPersonas();
  if (personas.length === 0) return null;
  return (
    <div className="persona-emotions" data-testid="persona-emotions">
      {personas.map((p) => (
        <PersonaEmotionRow key={p.id} tp={tp} persona={p} />
      ))}
    </div>
  );
}

function PersonaEmotionRow({ tp, persona }: { tp: Touchpoint; persona: Persona }) {
  const labelId = useId();
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  const used = usesTouchpoint(tp, persona.id);
  const own = tp.personaEmotions?.[persona.id] !== undefined;
  const name = persona.name || 'Unnamed persona';
  return (
    <div
      className={`persona-emotion-row${used ? '' : ' is-unused'}`}
      data-testid="persona-emotion"
      data-persona-id={persona.id}
    >
      <div className="persona-emotion-head">
        <PersonaChip persona={persona} size={18} />
        <span id={labelId}>{name}</span>
        {!own && used && <span className="sp-hint">(as the card)</span>}
        <label className="persona-use">
          <input
            type="checkbox"
            checked={!used}
            disabled={!canEdit}
            data-testid="persona-not-used"
            onChange={(e) => actions.setPersonaUse(tp.id, persona.id, !e.target.checked)}
          />
          Not used by {name}
        </label>
      </div>
      {used && (
        <EmotionPicker
          value={emotionFor(tp, persona.id) as Emotion}
          labelledBy={labelId}
          onChange={(e) => actions.setPersonaEmotion(tp.id, persona.id, e)}
        />
      )}
    </div>
  );
}
