import { useCallback, useSyncExternalStore } from 'react';
import { serverNow } from './serverClock';

const TICK_MS = 200;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, TICK_MS);
  return () => window.clearInterval(timer);
}

/**
 * Whole seconds left until `endsAt` (server time), 0 once it passed, null without a timer. Ticks
 * five times a second but re-renders only when the second changes.
 */
export function useCountdown(endsAt: number | null): number | null {
  const read = useCallback(
    () => (endsAt === null ? null : Math.max(0, Math.ceil((endsAt - serverNow()) / 1000))),
    [endsAt],
  );
  return useSyncExternalStore(subscribe, read, read);
}

/** 5 → "00:05", 300 → "05:00", 3725 → "1:02:05". */
export function formatCountdown(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
