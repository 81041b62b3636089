import { useId, useMemo } from 'react';
import { needsOwner } from '../../../model';
import { useEditor } from '../EditorContext';
import { DraftField } from './DraftField';

/**
 * The one team or person who owns this touchpoint. Owners already on the map are offered, so one
 * team is not spelled three ways; an empty owner is flagged ("when everyone owns it, nobody does")
 * on a card whose lane needs one (`laneId`: the card's lane).
 */
export function OwnerField({
  value,
  laneId,
  onCommit,
}: {
  value: string;
  laneId: string;
  onCommit: (owner: string) => void;
}) {
  const listId = useId();
  const needed = useEditor((s) => !s.map || needsOwner(s.map.lanes, { laneId }));
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
        hint={value.trim() || !needed ? undefined : '⚠ No owner — every touchpoint needs exactly one owner'}
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
