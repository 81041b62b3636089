import { useEffect, useRef, type RefObject } from 'react';

/**
 * Closes a non-modal panel (a header popover) on Escape or a click outside it. Clicks inside
 * `anchor` (the button that opened it) are left to that button, which toggles; Escape gives the
 * focus back to it. `open`: for a panel that stays mounted while closed, listen only while it is
 * open (else every Escape on the page would move the focus to the anchor).
 */
export function useDismiss(
  panel: RefObject<HTMLElement | null>,
  anchor: RefObject<HTMLElement | null>,
  onClose: () => void,
  open = true,
): void {
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (panel.current?.contains(target) || anchor.current?.contains(target)) return;
      close.current();
    };
    // Escape also works while focus is still on the button that opened it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      close.current();
      anchor.current?.focus();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [panel, anchor, open]);
}
