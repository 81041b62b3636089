import { useEditor } from '../EditorContext';

const LABELS = {
  connected: 'Synced',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting…',
  offline: 'Offline — edits saved locally',
} as const;

const changes = (n: number) => `${n} unsynced change${n === 1 ? '' : 's'}`;

/**
 * Always-visible connection state, and how many of this tab's edits the server has not confirmed
 * yet. Offline edits live in IndexedDB and merge on reconnect, so the count is information, not
 * a warning. `data-status="connected"` is the synced state (e2e specs wait for it).
 */
export function ConnectionPill() {
  const status = useEditor((s) => s.status);
  const unsynced = useEditor((s) => s.unsynced);
  const label = status === 'connected' && unsynced > 0 ? 'Syncing…' : LABELS[status];
  return (
    <span
      className={`conn-pill conn-${status}`}
      role="status"
      data-testid="connection-status"
      data-status={status}
      data-unsynced={unsynced}
      title={
        unsynced > 0
          ? `${changes(unsynced)}: they are kept in this browser and sync when the server is reachable`
          : undefined
      }
    >
      <span className="conn-dot" />
      {label}
      {unsynced > 0 && <span className="conn-unsynced"> · {changes(unsynced)}</span>}
    </span>
  );
}
