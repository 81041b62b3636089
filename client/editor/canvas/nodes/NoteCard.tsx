import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { sameDataAndSelection } from './drawnFrom';
import { CX_AREA_LABELS } from '../../../../model';
import type { NoteCardNode } from '../nodeTypes';
import { CardLockIcon } from '../../facilitation/CardLockIcon';
import { PeerRing } from '../../presence/PeerRing';
import { CommentBadge } from '../../comments/CommentBadge';
import { useEditorActions } from '../../useEditorActions';
import { CardTextEditor } from './CardTextEditor';
import { useCardUi } from './useCardUi';

/** A pain point (red) or opportunity (green) sticky note. */
export const NoteCard = memo(function NoteCard({ data, selected }: NodeProps<NoteCardNode>) {
  const { note, touchpointTitle } = data;
  const ui = useCardUi(note.id);
  const actions = useEditorActions();
  return (
    <div
      className={`note-card note-${note.kind}${selected ? ' is-selected' : ''}`}
      data-testid={note.kind === 'painPoint' ? 'pain-point' : 'opportunity'}
      data-note-id={note.id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (ui.bar) actions.startEditing('note', note.id);
      }}
    >
      <PeerRing id={note.id} />
      <CardLockIcon locked={note.locked} />
      {ui.edit ? (
        <CardTextEditor
          edit={ui.edit}
          label={note.kind === 'painPoint' ? 'Pain point text' : 'Opportunity text'}
        />
      ) : (
        <div className="note-text">
          {note.text || (note.kind === 'painPoint' ? 'Pain point' : 'Opportunity')}
        </div>
      )}
      <div className="note-meta">
        {note.cxArea && <span className="note-tag">{CX_AREA_LABELS[note.cxArea]}</span>}
        {touchpointTitle && <span className="note-link">↳ {touchpointTitle}</span>}
      </div>
      <CommentBadge
        anchor={{ kind: 'note', id: note.id }}
        label={note.text || (note.kind === 'painPoint' ? 'Pain point' : 'Opportunity')}
      />
    </div>
  );
}, sameDataAndSelection);
