import { useSyncExternalStore } from 'react';

/** Relative times are shown to the minute, so a coarse clock is enough and renders rarely. */
const QUANTUM_MS = 15_000;

function subscribe(onTick: () => void): () => void {
  const timer = window.setInterval(onTick, QUANTUM_MS / 3);
  return () => window.clearInterval(timer);
}

// Rounded down so repeated reads within one quantum return the same snapshot.
const getNow = () => Math.floor(Date.now() / QUANTUM_MS) * QUANTUM_MS;

/** The current time (ms), re-rendering the caller about every 15 seconds. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow, getNow);
}
