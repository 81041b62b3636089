import { useId, useMemo } from 'react';
import { useEditor } from '../EditorContext';
import { DraftField } from './DraftField';

/**
 * The one team or person who owns this touchpoint. Owners already on the map are offered, so one
 * team is not spelled three ways; an empty owner is flagged ("when everyone owns it, nobody does").
 */
export function OwnerField({ value, onCommit }: { value: string; onCommit: (owner: string) => void }) {
  const listId = useId();
  const touchpoints = useEditor((s) => s.map?.touchpoints);
  const owners = useMemo(
    () =>
      [...new Set((touchpoints ?? []).map((t) => t.owner.trim()).filter(Boolean))].sort((a, b) =>
        a.localeCompare(b),
      ),
    [touchpoints],
  );
  return (
    <>
      <DraftField
        label="Owner"
        value={value}
        maxLength={120}
        placeholder="Team or person"
        list={listId}
        onCommit={(text) => onCommit(text.trim())}
        hint={value.trim() ? undefined : '⚠ No owner — every touchpoint needs exactly one owner'}
        hintTone="warning"
      />
      <datalist id={listId}>
        {owners.map((o) => (
          <option key={o} value={o} />
        ))}
      </datalist>
    </>
  );
}
