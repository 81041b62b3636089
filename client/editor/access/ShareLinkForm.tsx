import { useId, useState } from 'react';
import { ROLES } from '../../../model';
import { LINK_NAME_MAX, shareUrl, type NewLinkInput, type ShareLink } from '../../api/accessApi';
import { useNow } from '../../ui/useNow';
import { CopyField } from './CopyField';

const ROLE_CHOICES: ReadonlyArray<{ role: ShareLink['role']; label: string; hint: string }> = [
  { role: 'editor', label: 'Editor', hint: 'changes the map and comments' },
  { role: 'commenter', label: 'Commenter', hint: 'comments, cannot change the map' },
  { role: 'viewer', label: 'Viewer', hint: 'looks only' },
];
/** `mine`: the link ends with this page's own link (offered only when that one expires). */
type ExpiryChoice = { label: string; hours: number | null; mine?: true };
const EXPIRY_CHOICES: readonly ExpiryChoice[] = [
  { label: 'Never', hours: null },
  { label: '1 day', hours: 24 },
  { label: '7 days', hours: 24 * 7 },
  { label: '30 days', hours: 24 * 30 },
];
const HOUR_MS = 3_600_000;
const MARGIN_MS = 60_000;

/**
 * What this page may share: links of its own role or lower that expire no later than its own link
 * (the server enforces the same ceiling; this only avoids offering what it would refuse).
 */
function expiryChoices(myLinkExpiresAt: number | null, now: number): readonly ExpiryChoice[] {
  if (myLinkExpiresAt === null) return EXPIRY_CHOICES;
  // `now` is a coarse clock (useNow, up to 15 s behind): a minute's margin never offers what the
  // server would refuse as expiring after this page's link.
  const within = EXPIRY_CHOICES.filter(
    (c) => c.hours !== null && now + MARGIN_MS + c.hours * HOUR_MS <= myLinkExpiresAt,
  );
  return [{ label: 'With my link', hours: null, mine: true }, ...within];
}

/** Creates a named link for a role and an expiry, then shows it ready to copy. */
export function ShareLinkForm({
  mapId,
  myRole,
  myLinkExpiresAt,
  onCreate,
}: {
  mapId: string;
  /** This page's role: no link above it is offered. */
  myRole: ShareLink['role'];
  myLinkExpiresAt: number | null;
  onCreate: (input: NewLinkInput) => Promise<ShareLink | null>;
}) {
  const [role, setRole] = useState<ShareLink['role']>('commenter');
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState(2);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<ShareLink | null>(null);
  const expiryId = useId();
  const nameId = useId();
  const now = useNow();
  const choices = expiryChoices(myLinkExpiresAt, now);
  const chosen = choices[Math.min(expiry, choices.length - 1)] ?? choices[0]!;
  const allowed = (r: ShareLink['role']) => ROLES.indexOf(r) >= ROLES.indexOf(myRole);
  return (
    <form
      className="share-form"
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        const input: NewLinkInput = chosen.mine
          ? { role, expiresInHours: null, expiresWithMyLink: true, name: name.trim() }
          : { role, expiresInHours: chosen.hours, name: name.trim() };
        void onCreate(input).then((link) => {
          setBusy(false);
          setCreated(link);
          if (link) setName('');
        });
      }}
    >
      <div className="share-form-row share-name-row">
        <label className="share-legend" htmlFor={nameId}>
          Name <span className="share-optional">(optional)</span>
        </label>
        <input
          id={nameId}
          className="input share-name"
          value={name}
          maxLength={LINK_NAME_MAX}
          placeholder="e.g. Exec team, read-only"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <fieldset className="share-roles">
        <legend className="share-legend">Role</legend>
        {ROLE_CHOICES.map((c) => (
          <label
            key={c.role}
            className={`share-role${role === c.role ? ' is-checked' : ''}${allowed(c.role) ? '' : ' is-disabled'}`}
            title={allowed(c.role) ? undefined : 'Your link cannot share a role above its own'}
          >
            <input
              type="radio"
              name="share-role"
              value={c.role}
              checked={role === c.role}
              disabled={!allowed(c.role)}
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
          value={choices.indexOf(chosen)}
          onChange={(e) => setExpiry(Number(e.target.value))}
        >
          {choices.map((c, i) => (
            <option key={c.label} value={i}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="submit" className="btn btn-primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating…' : 'Create link'}
        </button>
      </div>
      {myLinkExpiresAt !== null && (
        <p className="share-ceiling">Links you share end when yours does, or sooner.</p>
      )}
      {created?.token !== undefined && (
        <div className="share-created" data-testid="share-created">
          <p className="share-created-title">
            New {created.role} link{created.name ? `: ${created.name}` : ''}
          </p>
          <CopyField label="New share link" value={shareUrl(mapId, created.token)} testId="share-new-link" />
        </div>
      )}
    </form>
  );
}
