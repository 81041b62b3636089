import { useCountdown } from './useCountdown';
import { useFacilitation } from './useFacilitation';

export type TimerState = 'running' | 'ending' | 'up';

/**
 * The shared countdown as every view of it shows it (the header's pill, the presentation's large
 * overlay): seconds left, its label, and its state — pulsing in the last 10 seconds, then up.
 * Null when no timer runs.
 */
export function useTimer(): { left: number; label: string | undefined; state: TimerState } | null {
  const endsAt = useFacilitation((f) => f.timer?.endsAt ?? null);
  const label = useFacilitation((f) => f.timer?.label);
  const left = useCountdown(endsAt);
  if (left === null) return null;
  return { left, label, state: left === 0 ? 'up' : left <= 10 ? 'ending' : 'running' };
}
