import { Icon } from '../../ui/Icon';
import { useEditor } from '../EditorContext';
import { useComments, useCommentsActions } from './useComments';

/** The header's way into the comments panel, with how many threads are open. */
export function CommentsButton() {
  const openCount = useComments((c) => c.open.length);
  const showing = useEditor((s) => s.commentsTab !== null);
  const actions = useCommentsActions();
  return (
    <button
      type="button"
      className={`btn btn-sm cm-header-btn${showing ? ' is-active' : ''}`}
      aria-pressed={showing}
      aria-label={`Comments (${openCount} open)`}
      data-testid="comments-button"
      data-count={openCount}
      onClick={() => actions.showPanel(showing ? null : 'open')}
    >
      <Icon name="comment" size={14} />
      <span className="cm-header-label">Comments</span>
      {openCount > 0 && <span className="cm-count">{openCount}</span>}
    </button>
  );
}
