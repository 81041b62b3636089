import type { ThreadView } from '../../../model';
import { formatFullDate, relativeTime } from '../../ui/relativeTime';
import { useNow } from '../../ui/useNow';
import { useCanComment } from '../access/useAccess';
import { AnchorLine } from './AnchorLine';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { useCommentsActions } from './useComments';
import { useGoToAnchor } from './useGoToAnchor';

/**
 * One conversation: its comments, a reply box and resolve / reopen. `showAnchor` (the comments
 * panel) adds what it is about, as a link that takes you there.
 */
export function CommentThread({ view, showAnchor }: { view: ThreadView; showAnchor: boolean }) {
  const actions = useCommentsActions();
  const canComment = useCanComment();
  const now = useNow();
  const goTo = useGoToAnchor();
  const { thread } = view;
  const resolved = view.status === 'resolved';
  return (
    <article
      className={`cm-thread${resolved ? ' is-resolved' : ''}`}
      data-testid="comment-thread"
      data-thread-id={thread.id}
      data-status={view.status}
      aria-label={`Comment thread by ${thread.createdBy.name}`}
      // In the panel, a click on the thread (not on its controls) takes you to what it is about.
      onClick={(e) => {
        const control = (e.target as HTMLElement).closest(
          'button, textarea, input, form, a, [role="option"]',
        );
        if (showAnchor && !control && !view.anchorRemoved) goTo(thread.anchor);
      }}
    >
      {showAnchor && <AnchorLine view={view} />}
      <ol className="cm-comments">
        {view.comments.map((c) => (
          <CommentItem key={c.id} comment={c} canComment={canComment} />
        ))}
      </ol>
      {resolved && thread.resolvedAt !== undefined && (
        <p className="cm-resolved-note" title={formatFullDate(thread.resolvedAt)}>
          Resolved by {thread.resolvedBy?.name ?? 'someone'} {relativeTime(thread.resolvedAt, now)}
        </p>
      )}
      {canComment && (
        <div className="cm-thread-actions">
          {resolved ? (
            <button type="button" className="btn btn-sm" onClick={() => actions.reopen(thread.id)}>
              Reopen
            </button>
          ) : (
            <>
              <CommentComposer
                label="Reply"
                placeholder="Reply… (@ to mention)"
                submitLabel="Reply"
                onSubmit={(text, mentions) => !!actions.reply(thread.id, text, mentions)}
              />
              <button
                type="button"
                className="btn btn-sm cm-resolve"
                onClick={() => actions.resolve(thread.id)}
              >
                Resolve
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}
