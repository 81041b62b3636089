import { useSyncExternalStore } from 'react';

/**
 * Short messages after an action ("Map deleted", "Could not rename"). A module-level store so
 * any code — a page, a hook, the editor — can raise one without threading props.
 */
export type ToastTone = 'info' | 'success' | 'error';

/** A button on the toast ("Undo"): pressing it runs `run` and dismisses the toast. */
export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  action?: ToastAction;
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const timers = new Map<number, number>();

function emit(next: readonly Toast[]): void {
  toasts = next;
  for (const listener of listeners) listener();
}

/**
 * Shows a toast; errors stay longer because they are worth reading, and so does one with an action,
 * so there is time to press it. At most three at once.
 */
export function showToast(message: string, tone: ToastTone = 'info', action?: ToastAction): number {
  const id = nextId++;
  emit([...toasts, { id, message, tone, action }].slice(-3));
  timers.set(
    id,
    window.setTimeout(() => dismissToast(id), action ? 12_000 : tone === 'error' ? 7000 : 4000),
  );
  return id;
}

export function dismissToast(id: number): void {
  window.clearTimeout(timers.get(id));
  timers.delete(id);
  if (toasts.some((t) => t.id === id)) emit(toasts.filter((t) => t.id !== id));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getToasts = () => toasts;

export function useToasts(): readonly Toast[] {
  return useSyncExternalStore(subscribe, getToasts, getToasts);
}
