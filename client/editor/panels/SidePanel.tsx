import './panels.css';
import './panelSections.css';
import './legend.css';
import { useMemo } from 'react';
import { NOTE_KIND_TRAITS, type Anchor } from '../../../model';
import { Icon } from '../../ui/Icon';
import { useCanEdit } from '../access/useAccess';
import { SelectionComments } from '../comments/SelectionComments';
import { useEditor } from '../EditorContext';
import { selectedRecordId, type Selection } from '../store/editorStore';
import { useEditorActions } from '../useEditorActions';
import { CellPanel } from './CellPanel';
import { ConnectionPanel } from './ConnectionPanel';
import { MapOverview } from './MapOverview';
import { MapSummary } from '../insights/MapSummary';
import { NotePanel } from './NotePanel';
import { StagePanel } from './StagePanel';
import { TouchpointPanel } from './TouchpointPanel';

const TITLES = {
  touchpoint: 'Touchpoint',
  note: 'Note',
  stage: 'Stage',
  connection: 'Connection',
  cell: 'Cell',
} as const;

/** The right-hand inspector: edits the selection, or shows the map's overview and legend. */
export function SidePanel() {
  const selection = useEditor((s) => s.selection);
  // Several touchpoints selected together (selection is null then).
  const groupSize = useEditor((s) => s.group.length);
  const noteKind = useEditor((s) =>
    selection?.kind === 'note' ? s.map?.notes.find((n) => n.id === selection.id)?.kind : undefined,
  );
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  // What a new comment here would be about: the selection, or the map; connections take none.
  const anchor = useMemo<Anchor | null>(
    () =>
      !selection
        ? { kind: 'map' }
        : selection.kind === 'connection' || selection.kind === 'cell'
          ? null
          : { kind: selection.kind, id: selection.id },
    [selection],
  );
  const title =
    groupSize > 0
      ? `${groupSize} cards selected`
      : !selection
        ? 'Map'
        : noteKind
          ? NOTE_KIND_TRAITS[noteKind].label
          : TITLES[selection.kind];

  return (
    <aside
      className="side-panel"
      aria-label="Details"
      data-testid="side-panel"
      data-kind={groupSize > 0 ? 'group' : (selection?.kind ?? 'map')}
    >
      <header className="sp-header">
        <h2 className="sp-header-title">{title}</h2>
        {(selection || groupSize > 0) && (
          <button
            type="button"
            className="sp-icon-btn sp-close"
            aria-label="Close details"
            title="Close (Esc)"
            onClick={() => actions.select(null)}
          >
            <Icon name="x" size={16} />
          </button>
        )}
      </header>
      <div className="sp-body">
        {/* The summary and its owner filter are view tools: outside the fieldset, so viewers use them too. */}
        {groupSize > 0 && (
          <section className="sp-section">
            <p className="sp-hint" data-testid="group-hint">
              Drag any of them to move them together; Delete removes them, Ctrl+D duplicates them, Ctrl+C
              copies them.
            </p>
          </section>
        )}
        {!selection && groupSize === 0 && <MapSummary />}
        {/* One disabled fieldset makes every field read-only for commenters and viewers. */}
        <fieldset className="sp-fieldset" disabled={!canEdit}>
          {groupSize === 0 && <PanelFor selection={selection} />}
        </fieldset>
        {anchor && groupSize === 0 && (
          <SelectionComments key={`${anchor.kind}:${selectedRecordId(selection) ?? ''}`} anchor={anchor} />
        )}
      </div>
    </aside>
  );
}

/** Keyed by id, so a draft typed for one record is never shown (or saved) on another. */
function PanelFor({ selection }: { selection: Selection }) {
  if (!selection) return <MapOverview />;
  switch (selection.kind) {
    case 'touchpoint':
      return <TouchpointPanel key={selection.id} id={selection.id} />;
    case 'note':
      return <NotePanel key={selection.id} id={selection.id} />;
    case 'stage':
      return <StagePanel key={selection.id} id={selection.id} />;
    case 'connection':
      return <ConnectionPanel key={selection.id} id={selection.id} />;
    case 'cell':
      return <CellPanel stageId={selection.stageId} laneId={selection.laneId} />;
  }
}
