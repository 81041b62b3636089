import { formatCountdown } from '../facilitation/useCountdown';
import { useTimer } from '../facilitation/useTimer';

/** The facilitator's countdown, large enough to read from the back of the room while presenting. */
export function TimerOverlay() {
  const timer = useTimer();
  if (!timer) return null;
  const { left, label, state } = timer;
  return (
    <div className={`present-timer is-${state}`} role="timer" data-testid="present-timer">
      {label && <span className="present-timer-label">{label}</span>}
      <span className="present-timer-time">{left === 0 ? "Time's up" : formatCountdown(left)}</span>
    </div>
  );
}
