import './share.css';
import { Dialog } from '../../ui/Dialog';
import { useEditor, useSession } from '../EditorContext';
import { ShareLinkForm } from './ShareLinkForm';
import { ShareLinkRow } from './ShareLinkRow';
import { useRole } from './useAccess';
import { useShareLinks } from './useShareLinks';

/**
 * Share links for this map: make a named one per role and expiry, copy, revoke. Editors only; the
 * owner may revoke every link, others only those they shared.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { mapId, token } = useSession();
  const role = useRole();
  const { links, error, create, revoke, myLinkExpiresAt } = useShareLinks(mapId, token);
  const open = useEditor((s) => s.access.mode === 'open');
  return (
    <Dialog
      title="Share this map"
      description="A link lets people in with its role until it expires or you revoke it."
      onClose={onClose}
      className="share-dialog"
      footer={
        <button type="button" className="btn" onClick={onClose}>
          Done
        </button>
      }
    >
      {open && (
        <p className="share-open-note" role="note" data-testid="share-open-note">
          <strong>This server is open.</strong> A viewer or commenter link limits only the people who open it:
          anyone who has the map’s address without a link can still edit it. To make roles hold, the host runs
          the server with <code>JOURNEY_ACCESS=locked</code>.
        </p>
      )}
      <ShareLinkForm mapId={mapId} myRole={role} myLinkExpiresAt={myLinkExpiresAt} onCreate={create} />
      {error && (
        <p className="ui-dialog-error" role="alert">
          {error}
        </p>
      )}
      <h3 className="share-list-title">Links</h3>
      {links === null ? (
        !error && <p className="share-empty">Loading links…</p>
      ) : links.length === 0 ? (
        <p className="share-empty">No links yet.</p>
      ) : (
        <ul className="share-links" data-testid="share-links">
          {links.map((link) => (
            <ShareLinkRow key={link.id} mapId={mapId} link={link} onRevoke={revoke} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
