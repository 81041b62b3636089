import { useId, useState } from 'react';
import { shareUrl, type ShareLink } from '../../api/accessApi';
import { CopyField } from './CopyField';

const ROLE_CHOICES: ReadonlyArray<{ role: ShareLink['role']; label: string; hint: string }> = [
  { role: 'editor', label: 'Editor', hint: 'changes the map and comments' },
  { role: 'commenter', label: 'Commenter', hint: 'comments, cannot change the map' },
  { role: 'viewer', label: 'Viewer', hint: 'looks only' },
];
const EXPIRY_CHOICES: ReadonlyArray<{ label: string; hours: number | null }> = [
  { label: 'Never', hours: null },
  { label: '1 day', hours: 24 },
  { label: '7 days', hours: 24 * 7 },
  { label: '30 days', hours: 24 * 30 },
];

/** Creates a link for a role and an expiry, then shows it ready to copy. */
export function ShareLinkForm({
  mapId,
  onCreate,
}: {
  mapId: string;
  onCreate: (role: ShareLink['role'], hours: number | null) => Promise<ShareLink | null>;
}) {
  const [role, setRole] = useState<ShareLink['role']>('commenter');
  const [expiry, setExpiry] = useState(2);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<ShareLink | null>(null);
  const expiryId = useId();
  return (
    <form
      className="share-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        void onCreate(role, EXPIRY_CHOICES[expiry]?.hours ?? null).then((link) => {
          setBusy(false);
          setCreated(link);
        });
      }}
    >
      <fieldset className="share-roles">
        <legend className="share-legend">Role</legend>
        {ROLE_CHOICES.map((c) => (
          <label key={c.role} className={`share-role${role === c.role ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name="share-role"
              value={c.role}
              checked={role === c.role}
              onChange={() => setRole(c.role)}
              data-autofocus={role === c.role ? true : undefined}
            />
            <span className="share-role-label">{c.label}</span>
            <span className="share-role-hint">{c.hint}</span>
          </label>
        ))}
      </fieldset>
      <div className="share-form-row">
        <label className="share-legend" htmlFor={expiryId}>
          Expires
        </label>
        <select
          id={expiryId}
          className="input share-expiry"
          value={expiry}
          onChange={(e) => setExpiry(Number(e.target.value))}
        >
          {EXPIRY_CHOICES.map((c, i) => (
            <option key={c.label} value={i}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating…' : 'Create link'}
        </button>
      </div>
      {created && (
        <div className="share-created" data-testid="share-created">
          <p className="share-created-title">New {created.role} link</p>
          <CopyField label="New share link" value={shareUrl(mapId, created.token)} testId="share-new-link" />
        </div>
      )}
    </form>
  );
}
