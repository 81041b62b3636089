import { useState } from 'react';
import './openServerBanner.css';
import { Icon } from './Icon';
import { useServerAccess } from './useServerAccess';

/** sessionStorage key: dismissed for this tab only, so a new tab says it again. */
export const OPEN_NOTICE_DISMISSED_KEY = 'journey.openServerNotice.dismissed';

function readDismissed(): boolean {
  try {
    return sessionStorage.getItem(OPEN_NOTICE_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * On an open server nothing stands between a visitor and any map: say so plainly, once per tab,
 * on the maps page and in the editor. Locked servers (share links) show nothing.
 */
export function OpenServerBanner({ compact = false }: { compact?: boolean }) {
  const mode = useServerAccess();
  const [dismissed, setDismissed] = useState(readDismissed);
  if (mode !== 'open' || dismissed) return null;

  function dismiss() {
    try {
      sessionStorage.setItem(OPEN_NOTICE_DISMISSED_KEY, '1');
    } catch {
      // Storage off: hide it for this page view at least.
    }
    setDismissed(true);
  }

  return (
    <div
      className={compact ? 'open-banner open-banner-compact' : 'open-banner'}
      role="status"
      data-testid="open-server-banner"
    >
      <Icon name="unlock" size={16} className="open-banner-icon" />
      <p className="open-banner-text">
        <strong>This server is open:</strong> anyone who can reach it can edit every map, and share links
        restrict only the people who use them. Run it with <code>JOURNEY_ACCESS=locked</code> to require
        links.
      </p>
      <button
        type="button"
        className="btn btn-ghost btn-sm open-banner-close"
        onClick={dismiss}
        aria-label="Dismiss"
      >
        <Icon name="x" size={14} />
      </button>
    </div>
  );
}
