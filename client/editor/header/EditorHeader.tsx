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
import { MapBreadcrumb } from '../links/MapBreadcrumb';
import { RoleBadge } from '../access/RoleBadge';
import { ShareButton } from '../access/ShareButton';
import { CommentsButton } from '../comments/CommentsButton';
import { HubsButton, UnownedChip } from '../insights/InsightsControls';
import { LedgerButton } from '../insights/ledger/LedgerButton';
import { PersonaFilter } from '../insights/personas/PersonaFilter';
import { HistoryButton } from '../history/HistoryButton';
import { ViewSwitch } from '../table/ViewSwitch';
import { PresentControls } from '../present/PresentControls';
import { InboxBell } from '../../inbox/InboxBell';
import { ProgrammeHeader } from '../programme/ProgrammeHeader';
import { PersonasButton } from './PersonasButton';

/**
 * Top bar of the editor, in two rows: home, title and persona, and the people (facilitation,
 * comments, sharing, who is here, the connection state) above; the toolbar and the map's insights
 * below — so nothing is cut off on a laptop or in a full room, and the title keeps its room.
 */
export function EditorHeader() {
  const title = useEditor((s) => s.map?.info.title);
  useDocumentTitle(title ? `${title} · Journey` : 'Journey');
  return (
    <header className="editor-header">
      <Link to={mapsPath()} className="editor-home" aria-label="All maps">
        <LogoMark size={24} />
      </Link>
      <div className="header-identity">
        <MapBreadcrumb />
        <MapTitle />
        <RoleBadge />
      </div>
      {/* One wrapping row: when tools and insights do not fit side by side, the insights move under
          the tools instead of sliding over them. */}
      <div className="header-tools-row">
        <EditorToolbar />
        <div className="header-insights">
          <PersonaFilter />
          <ProgrammeHeader />
          <UnownedChip />
          <ViewSwitch />
          <PresentControls />
          <HubsButton />
          <LedgerButton />
          <HistoryButton />
        </div>
      </div>
      <div className="header-people">
        <FacilitationBar />
        <PersonasButton />
        <CommentsButton />
        <InboxBell compact />
        <ShareButton />
        <AvatarStack />
        <ConnectionPill />
      </div>
    </header>
  );
}
