import { Link } from '../../app/Link';
import { mapsPath } from '../../app/router';
import { LogoMark } from '../../ui/LogoMark';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useEditor } from '../EditorContext';
import { ConnectionPill } from './ConnectionPill';
import { AvatarStack } from '../presence/AvatarStack';
import { EditorToolbar } from './EditorToolbar';
import { FacilitationBar } from '../facilitation/FacilitationBar';
import { MapTitle } from './MapTitle';
import { RoleBadge } from '../access/RoleBadge';
import { ShareButton } from '../access/ShareButton';
import { CommentsButton } from '../comments/CommentsButton';
import { HubsButton, UnownedChip } from '../insights/InsightsControls';

/** Top bar of the editor: home, title and persona, the toolbar, the connection state. */
export function EditorHeader() {
  const title = useEditor((s) => s.map?.info.title);
  useDocumentTitle(title ? `${title} · Journey` : 'Journey');
  return (
    <header className="editor-header">
      <Link to={mapsPath()} className="editor-home" aria-label="All maps">
        <LogoMark size={24} />
      </Link>
      <MapTitle />
      <RoleBadge />
      <EditorToolbar />
      <FacilitationBar />
      <UnownedChip />
      <HubsButton />
      <CommentsButton />
      <ShareButton />
      <AvatarStack />
      <ConnectionPill />
    </header>
  );
}
