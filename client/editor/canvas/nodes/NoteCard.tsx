import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { sameDataAndSelection } from './drawnFrom';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS } from '../../../../model';
import { noteColors } from '../../../ui/noteColors';
import type { NoteCardNode } from '../nodeTypes';
import { CardLockIcon } from '../../facilitation/CardLockIcon';
import { PeerRing } from '../../presence/PeerRing';
import { CommentBadge } from '../../comments/CommentBadge';
import { useEditorActions } from '../../useEditorActions';
import { CardTextEditor } from './CardTextEditor';
import { useCardUi } from './useCardUi';
import { OverdueFlag } from '../../programme/OverdueFlag';
import { EvidenceMark } from '../../programme/EvidenceMark';

/** A pain point (red) or opportunity (green) sticky note. */
export const NoteCard = memo(function NoteCard({ data, selected }: NodeProps<NoteCardNode>) {
  const { note, touchpointTitle, mark } = data;
  const ui = useCardUi(note.id);
  const actions = useEditorActions();
  const kind = NOTE_KIND_TRAITS[note.kind];
  return (
    <div
      className={`note-card note-colors note-${note.kind}${selected ? ' is-selected' : ''}${mark ? ` is-marked mark-${mark}` : ''}`}
      style={noteColors(note.kind)}
      data-mark={mark}
      data-testid={kind.testId}
      data-note-id={note.id}
      onDoubleClick={(e) => {
        e.stopPropagation();
        if (ui.bar) actions.startEditing('note', note.id);
      }}
    >
      <PeerRing id={note.id} />
      <CardLockIcon locked={note.locked} />
      {ui.edit ? (
        <CardTextEditor edit={ui.edit} label={`${kind.label} text`} />
      ) : (
        <div className="note-text">{note.text || kind.label}</div>
      )}
      <div className="note-meta">
        <OverdueFlag count={data.overdue} tip={data.overdueTip} />
        <EvidenceMark evidence={data.evidence} />
        {note.cxArea && <span className="note-tag">{CX_AREA_LABELS[note.cxArea]}</span>}
        {touchpointTitle && <span className="note-link">↳ {touchpointTitle}</span>}
      </div>
      <CommentBadge anchor={{ kind: 'note', id: note.id }} label={note.text || kind.label} />
    </div>
  );
}, sameDataAndSelection);
