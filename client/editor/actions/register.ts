import type { EditorAction } from './types';

/**
 * Declares one action (as Excalidraw's `register()`): the id, label, keys, needs and perform sit
 * together, so the toolbar, the keyboard handler, the shortcuts sheet and the permission gate
 * cannot drift apart. The list itself is registry.ts's, in the order keys are tried.
 */
export function register<const A extends EditorAction>(action: A): A {
  return action;
}

/** A plain key (no Ctrl/Cmd, Alt): the scope rule filters the modifiers; case is ignored. */
export const plainKey =
  (...keys: string[]) =>
  (e: { key: string }): boolean =>
    keys.includes(e.key.length === 1 ? e.key.toLowerCase() : e.key);

/** Ctrl on a PC or Cmd on a Mac, with `key` (any case); `shift` must match when given. */
export const modKey =
  (key: string, shift?: boolean) =>
  (e: { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }): boolean =>
    (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === key && (shift === undefined || e.shiftKey === shift);
