import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  title: ReactNode;
  /** A line under the title; also the dialog's accessible description. */
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons, right-aligned at the bottom. */
  footer?: ReactNode;
  /** Escape, the backdrop and the close affordances call this. */
  onClose: () => void;
  /** When given, body and footer sit in a <form>, so Enter in a field submits. */
  onSubmit?: () => void;
  /** False while work is in flight, so the dialog cannot vanish under a pending request. */
  dismissible?: boolean;
  size?: 'sm' | 'md';
  /** Extra class on the panel, for dialog-specific layout. */
  className?: string;
}

const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])';

/** Where focus goes on open: an explicit [data-autofocus], else the first text field, else the first control. */
function initialFocusTarget(panel: HTMLElement): HTMLElement {
  return (
    panel.querySelector<HTMLElement>('[data-autofocus]') ??
    panel.querySelector<HTMLElement>(
      'input:not([type=radio]):not([type=checkbox]):not(:disabled), textarea:not(:disabled), select:not(:disabled)',
    ) ??
    panel.querySelector<HTMLElement>(FOCUSABLE) ??
    panel
  );
}

/**
 * A modal dialog: backdrop, Escape to close, focus moved in on open and given back on close, Tab
 * kept inside, the rest of the page inert. Key presses do not leak out, so page shortcuts (e.g. the
 * editor's Delete) stay quiet while it is open.
 */
export function Dialog({
  title,
  description,
  children,
  footer,
  onClose,
  onSubmit,
  dismissible = true,
  size = 'md',
  className,
}: DialogProps) {
  const panelRef = useRef<HTMLDivElement>(null);
  const pressStartedOnBackdrop = useRef(false);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const panel = panelRef.current;
    const restoreBackground = panel ? hideBackground(panel) : () => {};
    if (panel) {
      const target = initialFocusTarget(panel);
      target.focus();
      if (target instanceof HTMLInputElement) target.select();
    }
    const { overflow } = document.body.style;
    document.body.style.overflow = 'hidden';
    return () => {
      document.body.style.overflow = overflow;
      restoreBackground();
      if (previouslyFocused?.isConnected) previouslyFocused.focus();
    };
  }, []);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (dismissible) onClose();
      return;
    }
    if (event.key === 'Tab' && panelRef.current) trapTab(event, panelRef.current);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit?.();
  }

  const content = (
    <>
      {children !== undefined && <div className="ui-dialog-body">{children}</div>}
      {footer !== undefined && <div className="ui-dialog-footer">{footer}</div>}
    </>
  );

  return createPortal(
    <div
      className="ui-dialog-backdrop"
      onMouseDown={(event) => {
        pressStartedOnBackdrop.current = event.target === event.currentTarget;
      }}
      onClick={(event) => {
        // Only a click that starts and ends on the backdrop closes: not a text selection dragged out.
        if (event.target === event.currentTarget && pressStartedOnBackdrop.current && dismissible) onClose();
      }}
    >
      <div
        ref={panelRef}
        className={`ui-dialog ui-dialog-${size}${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description !== undefined ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={handleKeyDown}
      >
        <div className="ui-dialog-header">
          <h2 id={titleId} className="ui-dialog-title">
            {title}
          </h2>
          {description !== undefined && (
            <p id={descriptionId} className="ui-dialog-description">
              {description}
            </p>
          )}
        </div>
        {onSubmit ? (
          <form className="ui-dialog-form" onSubmit={handleSubmit} noValidate>
            {content}
          </form>
        ) : (
          content
        )}
      </div>
    </div>,
    document.body,
  );
}

/**
 * Makes everything beside the dialog inert and hidden from assistive tech (and from role queries
 * in tests), so "the Delete button" means the dialog's, not a row's behind it. Returns the undo.
 */
function hideBackground(panel: HTMLElement): () => void {
  const own = panel.closest('body > *');
  const hidden: HTMLElement[] = [];
  for (const el of Array.from(document.body.children)) {
    if (el === own || !(el instanceof HTMLElement) || el.inert || el.getAttribute('aria-hidden') === 'true')
      continue;
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    el.inert = true;
    el.setAttribute('aria-hidden', 'true');
    hidden.push(el);
  }
  return () => {
    for (const el of hidden) {
      el.inert = false;
      el.removeAttribute('aria-hidden');
    }
  };
}

/** Wraps Tab and Shift+Tab at the ends of the panel's focusable elements. */
function trapTab(event: KeyboardEvent, panel: HTMLElement): void {
  const focusable = Array.from(panel.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.offsetParent !== null || el === document.activeElement,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === panel)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !panel.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}
