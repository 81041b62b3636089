import { Icon } from '../../ui/Icon';
import { formatCountdown, useCountdown } from './useCountdown';
import { useFacilitation } from './useFacilitation';

/** The shared countdown, the same on every screen: pulses in its last 10 seconds, then "Time's up". */
export function TimerPill() {
  const endsAt = useFacilitation((f) => f.timer?.endsAt ?? null);
  const label = useFacilitation((f) => f.timer?.label);
  const left = useCountdown(endsAt);
  if (left === null) return null;
  const state = left === 0 ? 'up' : left <= 10 ? 'ending' : 'running';
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
