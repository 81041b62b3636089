/** Whether this browser runs on a Mac (or an iPad with a keyboard): ⌘ instead of Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
}

const MAC_CAPS: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };

/** A binding's key caps as printed: `Mod` is Ctrl on a PC and ⌘ on a Mac. */
export function keyCaps(keys: readonly string[], mac: boolean): string[] {
  return keys.map((k) => (k === 'Mod' ? (mac ? '⌘' : 'Ctrl') : mac ? (MAC_CAPS[k] ?? k) : k));
}

/** A binding in one line, for a tooltip: "Ctrl+Shift+Z" on a PC, "⌘⇧Z" on a Mac. */
export function keyText(keys: readonly string[], mac: boolean): string {
  return keyCaps(keys, mac).join(mac ? '' : '+');
}
