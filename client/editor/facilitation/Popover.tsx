import { useRef, type ReactNode, type RefObject } from 'react';
import { useDismiss } from '../../ui/useDismiss';

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
  useDismiss(ref, anchor, onClose);

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
