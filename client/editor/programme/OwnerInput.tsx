import { useId, useMemo, useState } from 'react';
import { useEditor } from '../EditorContext';
import { ownerPatch, ownerSuggestions } from './ownerSuggestions';

/**
 * An action's owner: free text, offered the map's owner names and the people who have opened it.
 * Picking a person sets `ownerId` (their inbox gets the action); typing any other name clears it.
 */
export function OwnerInput({
  owner,
  ownerId,
  disabled,
  onCommit,
}: {
  owner: string | undefined;
  ownerId: string | undefined;
  disabled: boolean;
  onCommit: (patch: { owner: string | undefined; ownerId: string | undefined }) => void;
}) {
  const id = useId();
  const map = useEditor((s) => s.map);
  const people = useEditor((s) => s.comments?.people);
  const suggestions = useMemo(() => ownerSuggestions(map, people ?? []), [map, people]);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = (text: string | null = draft) => {
    if (text === null) return;
    const patch = ownerPatch(text, suggestions);
    setDraft(null);
    if (patch.owner !== owner || patch.ownerId !== ownerId) onCommit(patch);
  };
  return (
    <div className="sp-field">
      <label className="sp-label" htmlFor={id}>
        Owner
        {ownerId && <span className="act-person-tag"> · person</span>}
      </label>
      <input
        id={id}
        className="input"
        list={`${id}-people`}
        value={draft ?? owner ?? ''}
        placeholder="Who takes it forward?"
        maxLength={120}
        readOnly={disabled}
        autoComplete="off"
        onChange={(e) => {
          // A pick from the list (Chrome: no inputType, or a replacement) is committed at once.
          const kind = (e.nativeEvent as InputEvent).inputType;
          if (kind === undefined || kind === 'insertReplacementText') commit(e.target.value);
          else setDraft(e.target.value);
        }}
        onBlur={() => commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
      <datalist id={`${id}-people`}>
        {suggestions.map((s) => (
          <option
            key={s.name}
            value={s.name}
            label={s.personId ? 'Person in this map' : 'Owner on this map'}
          />
        ))}
      </datalist>
    </div>
  );
}
