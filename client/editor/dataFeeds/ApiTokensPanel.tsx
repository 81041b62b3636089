import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/ApiError';
import { useEditor } from '../EditorContext';
import { ApiTokenRow } from './ApiTokenRow';
import { NewTokenSecret } from './NewTokenSecret';
import { useApiTokens } from './useApiTokens';

const LABEL_MAX = 80;

/**
 * The tokens tab: the map's governor (its owner, or the admin) creates tokens for survey tools,
 * sees each one's use and revokes it; anyone else is told why they cannot.
 */
export function ApiTokensPanel() {
  const governs = useEditor((s) => s.access.canGovern === true || s.access.isOwner === true);
  const { tokens, loadError, created, dismissCreated, create, revoke } = useApiTokens(governs);
  const [label, setLabel] = useState('');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);

  if (!governs) {
    return (
      <div className="df-tokens-locked" data-testid="api-tokens-owner-only">
        <p className="df-pick-title">Only the map’s owner can manage API tokens</p>
        <p className="df-hint">
          A token lets a survey tool write metrics into this map without anyone signed in, so only the person
          who created the map (or the server’s admin) can create or revoke one. Ask them for a token, or
          import a CSV file instead.
        </p>
      </div>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = label.trim();
    if (!trimmed) return;
    setCreating(true);
    setCreateError(null);
    try {
      await create(trimmed);
      setLabel('');
    } catch (err) {
      setCreateError(errorMessage(err));
    } finally {
      setCreating(false);
    }
  }

  return (
    <div className="df-tokens">
      <p className="df-hint">
        A survey tool or a script pushes metrics to this map with a token:{' '}
        <code>POST /api/maps/…/metrics</code> with <code>Authorization: Bearer jmt_…</code>. Give each tool
        its own token, so you can revoke one without stopping the others.
      </p>
      <form className="df-token-form" onSubmit={(e) => void submit(e)}>
        <label className="df-token-form-label" htmlFor="df-token-label">
          New token for
        </label>
        <input
          id="df-token-label"
          className="input"
          placeholder="e.g. Medallia nightly export"
          value={label}
          maxLength={LABEL_MAX}
          onChange={(e) => setLabel(e.target.value)}
          disabled={creating}
        />
        <button type="submit" className="btn btn-primary btn-sm" disabled={creating || label.trim() === ''}>
          {creating ? 'Creating…' : 'Create token'}
        </button>
      </form>
      {createError && (
        <p className="ui-dialog-error" role="alert">
          {createError}
        </p>
      )}
      {created && <NewTokenSecret created={created} onDone={dismissCreated} />}
      <h3 className="df-section-title">Tokens of this map</h3>
      {loadError ? (
        <p className="ui-dialog-error" role="alert">
          Could not load the tokens: {loadError}
        </p>
      ) : tokens === null ? (
        <p className="df-empty">Loading tokens…</p>
      ) : tokens.length === 0 ? (
        <p className="df-empty">No tokens yet. Create one for each tool that sends data.</p>
      ) : (
        <ul className="df-token-list" aria-label="API tokens">
          {tokens.map((t) => (
            <ApiTokenRow key={t.id} token={t} onRevoke={revoke} />
          ))}
        </ul>
      )}
    </div>
  );
}
