import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

interface AvatarMenuProps {
  /** The menu's heading: whose avatar was clicked. */
  title: ReactNode;
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A small popover menu under the avatars. Focus moves to its first item; Escape, Tab out or a
 * click elsewhere closes it; arrow keys move between items.
 */
export function AvatarMenu({ title, label, onClose, children }: AvatarMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role=menuitem]')?.focus();
    const onDown = (e: MouseEvent) => {
      // Clicks on the avatars toggle the menu themselves.
      if (
        e.target instanceof Node &&
        !ref.current?.contains(e.target) &&
        !(e.target as Element).closest?.('.avatar-stack')
      )
        close.current();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []);
    const at = items.indexOf(document.activeElement as HTMLElement);
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.stopPropagation();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };

  return (
    <div
      ref={ref}
      className="avatar-menu"
      role="menu"
      aria-label={label}
      onKeyDown={onKeyDown}
      data-testid="avatar-menu"
    >
      <div className="avatar-menu-title">{title}</div>
      {children}
    </div>
  );
}

/** One action in an AvatarMenu. */
export function AvatarMenuItem({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  return (
    <button type="button" role="menuitem" className="avatar-menu-item" onClick={onSelect}>
      {children}
    </button>
  );
}
