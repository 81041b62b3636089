import type { MouseEvent } from 'react';
import { Icon } from '../../ui/Icon';
import { useEditor, useSession } from '../EditorContext';
import type { RecordSelection } from '../store/editorStore';

/**
 * How many open threads hang on a card, note or stage. A click selects it and shows its threads in
 * the side panel (where the reply and resolve controls are).
 */
export function CommentBadge({ anchor, label }: { anchor: RecordSelection; label: string }) {
  const count = useEditor((s) => s.comments?.openCounts[anchor.id] ?? 0);
  const { store } = useSession();
  if (count === 0) return null;
  const open = (e: MouseEvent) => {
    // The card's own click would select it too, but must not start a drag or reach the pane.
    e.stopPropagation();
    store.setState({ selection: anchor, commentsTab: null });
    requestAnimationFrame(() =>
      document.getElementById('selection-comments')?.scrollIntoView({ block: 'nearest' }),
    );
  };
  const what = count === 1 ? 'open comment thread' : 'open comment threads';
  return (
    <button
      type="button"
      className={`comment-badge comment-badge-${anchor.kind} nodrag nopan`}
      data-testid="comment-badge"
      data-count={count}
      aria-label={`${count} ${what} on ${label}`}
      title={`${count} ${what}`}
      onClick={open}
    >
      <Icon name="comment" size={11} />
      {count}
    </button>
  );
}
