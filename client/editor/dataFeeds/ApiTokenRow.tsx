import { useState } from 'react';
import type { ApiTokenInfo } from '../../../model';
import { errorMessage } from '../../api/ApiError';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatFullDate, relativeTime } from '../../ui/relativeTime';
import { useNow } from '../../ui/useNow';

/** One API token: its label and start, when it was made and last used, or that it was revoked. */
export function ApiTokenRow({
  token,
  onRevoke,
}: {
  token: ApiTokenInfo;
  onRevoke: (id: string) => Promise<void>;
}) {
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const revoked = token.revokedAt !== null;
  const at = (iso: string) => Date.parse(iso);
  async function revoke() {
    setPending(true);
    setError(null);
    try {
      await onRevoke(token.id);
      setConfirming(false);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setPending(false);
    }
  }
  return (
    <li className={`df-token${revoked ? ' is-revoked' : ''}`} data-testid="api-token-row">
      <div className="df-token-main">
        <span className="df-token-label">{token.label}</span>
        <code className="df-token-preview">{token.preview}</code>
        {revoked && <span className="df-badge">Revoked</span>}
      </div>
      <div className="df-token-meta">
        <span title={formatFullDate(at(token.createdAt))}>
          created {relativeTime(at(token.createdAt), now)}
        </span>
        <span title={token.lastUsedAt ? formatFullDate(at(token.lastUsedAt)) : undefined}>
          {token.lastUsedAt ? `last used ${relativeTime(at(token.lastUsedAt), now)}` : 'never used'}
        </span>
        {token.revokedAt && (
          <span title={formatFullDate(at(token.revokedAt))}>
            revoked {relativeTime(at(token.revokedAt), now)}
          </span>
        )}
      </div>
      {!revoked && (
        <button
          type="button"
          className="btn btn-sm btn-danger-ghost df-token-revoke"
          onClick={() => setConfirming(true)}
          aria-label={`Revoke ${token.label}`}
        >
          Revoke
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title={`Revoke “${token.label}”?`}
          message="Anything still pushing with this token is refused (401) from now on. This cannot be undone: create a new token if you need one."
          confirmLabel="Revoke token"
          pendingLabel="Revoking…"
          pending={pending}
          error={error}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void revoke()}
        />
      )}
    </li>
  );
}
