import { useEditor } from '../EditorContext';

const LABELS = {
  connected: 'Connected',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — edits saved locally',
} as const;

/** Always-visible connection state; offline edits are kept in IndexedDB and sync on reconnect. */
export function ConnectionPill() {
  const status = useEditor((s) => s.status);
  return (
    <span className={`conn-pill conn-${status}`} role="status" data-testid="connection-status" data-status={status}>
      <span className="conn-dot" />
      {LABELS[status]}
    </span>
  );
}
