import { useState } from 'react';
import { shareUrl, type ShareLink } from '../../api/accessApi';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatFullDate, relativeTime } from '../../ui/relativeTime';
import { useNow } from '../../ui/useNow';
import { CopyField } from './CopyField';

const ROLE_LABELS = { editor: 'Editor', commenter: 'Commenter', viewer: 'Viewer' } as const;
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One share link: its role, when it was made, when it expires or whether it was revoked. */
export function ShareLinkRow({
  mapId,
  link,
  onRevoke,
}: {
  mapId: string;
  link: ShareLink;
  onRevoke: (id: string) => Promise<boolean>;
}) {
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const expired = link.expiresAt !== null && link.expiresAt <= now;
  const state = link.revokedAt !== null ? 'revoked' : expired ? 'expired' : 'active';
  return (
    <li
      className={`share-link is-${state}`}
      data-testid="share-link-row"
      data-role={link.role}
      data-state={state}
    >
      {link.name && (
        <p className="share-link-name" data-testid="share-link-name">
          {link.name}
        </p>
      )}
      <div className="share-link-meta">
        <span className={`role-badge role-${link.role}`}>{ROLE_LABELS[link.role]}</span>
        <span title={formatFullDate(link.createdAt)}>
          {link.mintedBy ? `shared by ${link.mintedBy} ` : 'created '}
          {relativeTime(link.createdAt, now)}
        </span>
        <span>
          {state === 'revoked'
            ? 'revoked'
            : link.expiresAt === null
              ? 'never expires'
              : `${expired ? 'expired' : 'expires'} ${dateOnly.format(link.expiresAt)}`}
        </span>
      </div>
      {state === 'active' && (link.token !== undefined || link.canRevoke) && (
        <div className="share-link-actions">
          {link.token !== undefined && (
            <CopyField label={`${ROLE_LABELS[link.role]} link`} value={shareUrl(mapId, link.token)} />
          )}
          {link.canRevoke && (
            <button type="button" className="btn btn-sm btn-danger-ghost" onClick={() => setConfirming(true)}>
              Revoke
            </button>
          )}
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title="Revoke this link?"
          message="Anyone using it is disconnected at once and cannot open the map with it again. Links shared through it are revoked too."
          confirmLabel="Revoke"
          pending={pending}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setPending(true);
            void onRevoke(link.id).then(() => {
              setPending(false);
              setConfirming(false);
            });
          }}
        />
      )}
    </li>
  );
}
