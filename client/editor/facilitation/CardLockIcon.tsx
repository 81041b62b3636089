import { Icon } from '../../ui/Icon';

export const LOCK_TOOLTIP =
  'Locked by the facilitator: it cannot be moved or deleted. Its content stays editable.';

/** The lock on a locked card. */
export function CardLockIcon({ locked }: { locked: boolean | undefined }) {
  if (!locked) return null;
  return (
    <span className="card-lock" data-testid="lock-icon" title={LOCK_TOOLTIP} aria-label="Locked">
      <Icon name="lock" size={12} />
    </span>
  );
}
