import './comments.css';
import { useMemo } from 'react';
import type { Anchor } from '../../../model';
import { useCanComment } from '../access/useAccess';
import { CommentComposer } from './CommentComposer';
import { CommentThread } from './CommentThread';
import { useComments, useCommentsActions } from './useComments';

const NOUN = {
  touchpoint: 'this touchpoint',
  stage: 'this stage',
  note: 'this note',
  map: 'the map',
} as const;

/**
 * Under the selected item's details (or the map's): its open threads and a box to start one.
 * Viewers read the threads but get no box.
 */
export function SelectionComments({ anchor }: { anchor: Anchor }) {
  const open = useComments((c) => c.open);
  const resolvedHere = useComments((c) => c.resolved.filter((v) => same(v.thread.anchor, anchor)).length);
  const canComment = useCanComment();
  const actions = useCommentsActions();
  const threads = useMemo(() => open.filter((v) => same(v.thread.anchor, anchor)), [open, anchor]);
  const label = `Comment on ${NOUN[anchor.kind]}`;
  return (
    <section
      className="sp-section cm-selection"
      id="selection-comments"
      data-testid="selection-comments"
      aria-label="Comments"
    >
      <h3 className="sp-section-title">
        Comments <span className="sp-count">{threads.length}</span>
      </h3>
      {threads.map((view) => (
        <CommentThread key={view.thread.id} view={view} showAnchor={false} />
      ))}
      {resolvedHere > 0 && (
        <button type="button" className="cm-link-btn" onClick={() => actions.showPanel('resolved')}>
          {resolvedHere} resolved {resolvedHere === 1 ? 'thread' : 'threads'}
        </button>
      )}
      {canComment ? (
        <CommentComposer
          label={label}
          placeholder={`${label}… (@ to mention)`}
          submitLabel="Comment"
          onSubmit={(text, mentions) => !!actions.startThread(anchor, text, mentions)}
        />
      ) : (
        threads.length === 0 && <p className="sp-empty">No comments.</p>
      )}
    </section>
  );
}

function same(a: Anchor, b: Anchor): boolean {
  return a.kind === b.kind && (a.kind === 'map' || (b.kind !== 'map' && a.id === b.id));
}
