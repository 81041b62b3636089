import { useEffect, useRef, type ReactNode, type RefObject } from 'react';

interface PopoverProps {
  label: string;
  onClose: () => void;
  /** Clicks inside this element (the button that opened it) toggle instead of closing. */
  anchor: RefObject<HTMLElement | null>;
  className?: string;
  testId?: string;
  children: ReactNode;
}

/**
 * A non-modal panel under a header button: the canvas stays usable around it. Escape or a click
 * elsewhere closes it; keys typed inside do not reach the editor's shortcuts.
 */
export function Popover({ label, onClose, anchor, className, testId, children }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      const target = e.target as Node;
      if (ref.current?.contains(target) || anchor.current?.contains(target)) return;
      close.current();
    };
    // Escape also works while focus is still on the button that opened it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [anchor]);

  return (
    <div
      ref={ref}
      className={`fac-popover${className ? ` ${className}` : ''}`}
      role="region"
      aria-label={label}
      data-testid={testId}
      onKeyDown={(e) => {
        // Typing a label or a number must not trigger the editor's shortcuts (N, S, Delete…).
        if (e.key !== 'Escape') e.stopPropagation();
        else anchor.current?.focus();
      }}
    >
      {children}
    </div>
  );
}
