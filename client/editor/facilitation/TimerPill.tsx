import { Icon } from '../../ui/Icon';
import { formatCountdown } from './useCountdown';
import { useTimer } from './useTimer';

/** The shared countdown, the same on every screen: pulses in its last 10 seconds, then "Time's up". */
export function TimerPill() {
  const timer = useTimer();
  if (!timer) return null;
  const { left, label, state } = timer;
  return (
    <span
      className={`timer-pill is-${state}`}
      role="timer"
      data-testid="timer-pill"
      data-state={state}
      title="Facilitator's timer"
    >
      <Icon name="clock" size={14} />
      {label && <span className="timer-label">{label}</span>}
      <span className="timer-time" data-testid="timer-remaining">
        {left === 0 ? "Time's up" : formatCountdown(left)}
      </span>
    </span>
  );
}
