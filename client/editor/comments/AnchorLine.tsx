import type { ThreadView } from '../../../model';
import { anchorDescription } from './anchorRect';
import { useGoToAnchor } from './useGoToAnchor';

/** What a thread is about, as a link to it; a removed anchor is said plainly (the thread stays). */
export function AnchorLine({ view }: { view: ThreadView }) {
  const goTo = useGoToAnchor();
  const text = anchorDescription(view.thread.anchor, view.anchorLabel, view.anchorRemoved);
  if (view.anchorRemoved) {
    return (
      <p
        className="cm-anchor is-removed"
        data-testid="thread-anchor"
        title="What this thread was about has been deleted"
      >
        {text}
      </p>
    );
  }
  return (
    <button
      type="button"
      className="cm-anchor"
      data-testid="thread-anchor"
      onClick={() => goTo(view.thread.anchor)}
    >
      {text}
    </button>
  );
}
