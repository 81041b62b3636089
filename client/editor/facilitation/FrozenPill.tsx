import { Icon } from '../../ui/Icon';
import { useFacilitation, useMe } from './useFacilitation';

/** Tells everyone the map is frozen, and by whom (participants see it read-only). */
export function FrozenPill() {
  const frozen = useFacilitation((f) => f.frozen);
  const me = useMe();
  if (!frozen) return null;
  const who = frozen.by === me.userId ? 'you' : frozen.name || 'the facilitator';
  return (
    <span className="fac-chip is-frozen" data-testid="frozen-pill" role="status">
      <Icon name="lock" size={14} />
      Frozen by {who}
    </span>
  );
}
