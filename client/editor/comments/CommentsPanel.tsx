import './comments.css';
import { Icon } from '../../ui/Icon';
import { useEditor } from '../EditorContext';
import { useCanComment } from '../access/useAccess';
import { CommentComposer } from './CommentComposer';
import { CommentThread } from './CommentThread';
import { useComments, useCommentsActions } from './useComments';

/**
 * Every thread of the map, open or resolved, in place of the side panel while open. Each says what
 * it is about; a click takes you there. Threads on deleted things stay, marked "anchor removed".
 */
export function CommentsPanel() {
  const tab = useEditor((s) => s.commentsTab) ?? 'open';
  const open = useComments((c) => c.open);
  const resolved = useComments((c) => c.resolved);
  const canComment = useCanComment();
  const actions = useCommentsActions();
  const threads = tab === 'open' ? open : resolved;
  return (
    <aside className="side-panel cm-panel" aria-label="Comments" data-testid="comments-panel">
      <header className="sp-header">
        <h2 className="sp-header-title">Comments</h2>
        <button
          type="button"
          className="sp-icon-btn sp-close"
          aria-label="Close comments"
          onClick={() => actions.showPanel(null)}
        >
          <Icon name="x" size={16} />
        </button>
      </header>
      <div className="cm-tabs" role="tablist" aria-label="Threads">
        <TabButton
          label="Open"
          count={open.length}
          selected={tab === 'open'}
          onClick={() => actions.showPanel('open')}
        />
        <TabButton
          label="Resolved"
          count={resolved.length}
          selected={tab === 'resolved'}
          onClick={() => actions.showPanel('resolved')}
        />
      </div>
      <div className="sp-body cm-panel-body" role="tabpanel">
        {tab === 'open' && canComment && (
          <section className="cm-new">
            <CommentComposer
              label="Comment on the map"
              placeholder="Comment on the whole map… (@ to mention)"
              submitLabel="Comment"
              onSubmit={(text, mentions) => !!actions.startThread({ kind: 'map' }, text, mentions)}
            />
          </section>
        )}
        {threads.length === 0 ? (
          <p className="sp-empty cm-empty">
            {tab === 'open' ? 'No open threads.' : 'No resolved threads yet.'}
          </p>
        ) : (
          threads.map((view) => <CommentThread key={view.thread.id} view={view} showAnchor />)
        )}
      </div>
    </aside>
  );
}

function TabButton({
  label,
  count,
  selected,
  onClick,
}: {
  label: string;
  count: number;
  selected: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      role="tab"
      aria-selected={selected}
      className={`cm-tab${selected ? ' is-active' : ''}`}
      onClick={onClick}
    >
      {label} <span className="cm-tab-count">{count}</span>
    </button>
  );
}
