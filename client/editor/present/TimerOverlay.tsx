import { formatCountdown, useCountdown } from '../facilitation/useCountdown';
import { useFacilitation } from '../facilitation/useFacilitation';

/** The facilitator's countdown, large enough to read from the back of the room while presenting. */
export function TimerOverlay() {
  const endsAt = useFacilitation((f) => f.timer?.endsAt ?? null);
  const label = useFacilitation((f) => f.timer?.label);
  const left = useCountdown(endsAt);
  if (left === null) return null;
  const state = left === 0 ? 'up' : left <= 10 ? 'ending' : 'running';
  return (
    <div className={`present-timer is-${state}`} role="timer" data-testid="present-timer">
      {label && <span className="present-timer-label">{label}</span>}
      <span className="present-timer-time">{left === 0 ? "Time's up" : formatCountdown(left)}</span>
    </div>
  );
}
