import { useState } from 'react';
import type { Comment } from '../../../model';
import { initials } from '../../identity/initials';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { formatFullDate, relativeTime } from '../../ui/relativeTime';
import { useNow } from '../../ui/useNow';
import { CommentComposer } from './CommentComposer';
import { MentionText } from './MentionText';
import { useCommentsActions, useMentionPeople } from './useComments';

/**
 * One comment: who, when, what (mentions highlighted). Its author may edit or delete it; a deleted
 * one stays as a "comment deleted" line so the replies after it keep their context.
 */
export function CommentItem({ comment, canComment }: { comment: Comment; canComment: boolean }) {
  const actions = useCommentsActions();
  const people = useMentionPeople(true);
  const now = useNow();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const deleted = comment.deletedAt !== undefined;
  const mine = canComment && !deleted && actions.isMine(comment);
  return (
    <li
      className={`cm-comment${deleted ? ' is-deleted' : ''}`}
      data-testid="comment"
      data-comment-id={comment.id}
    >
      <span className="cm-avatar" style={{ background: comment.author.color }} aria-hidden="true">
        {initials(comment.author.name)}
      </span>
      <div className="cm-comment-body">
        <div className="cm-meta">
          <span className="cm-author">{comment.author.name}</span>
          <time
            className="cm-time"
            dateTime={new Date(comment.createdAt).toISOString()}
            title={formatFullDate(comment.createdAt)}
          >
            {relativeTime(comment.createdAt, now)}
          </time>
          {comment.editedAt !== undefined && !deleted && (
            <span className="cm-edited" title={`Edited ${formatFullDate(comment.editedAt)}`}>
              (edited)
            </span>
          )}
        </div>
        {deleted ? (
          <p className="cm-text cm-tombstone">Comment deleted</p>
        ) : editing ? (
          <CommentComposer
            label="Edit comment"
            submitLabel="Save"
            initial={comment.text}
            autoFocus
            onCancel={() => setEditing(false)}
            onSubmit={(text, mentions) => {
              const done = !!actions.edit(comment.id, text, mentions);
              if (done) setEditing(false);
              return done;
            }}
          />
        ) : (
          <MentionText comment={comment} people={people} />
        )}
        {mine && !editing && (
          <div className="cm-own-actions">
            <button type="button" className="cm-link-btn" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button type="button" className="cm-link-btn" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </div>
        )}
      </div>
      {confirming && (
        <ConfirmDialog
          title="Delete this comment?"
          message="It will show as “comment deleted”; replies stay."
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            actions.remove(comment.id);
          }}
        />
      )}
    </li>
  );
}
