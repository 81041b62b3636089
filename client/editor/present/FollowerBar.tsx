import { setSteppedOut } from '../actions/presentSteps';
import { useEditor, useSession } from '../EditorContext';

/**
 * While someone presents: "Step out" for those following (Esc does the same), and "Rejoin
 * presenter" for those who stepped out, so nobody is stuck on the presenter's view or lost from it.
 */
export function FollowerBar() {
  const { store } = useSession();
  const presenter = useEditor((s) => s.presentation.presenter);
  const out = useEditor((s) => s.presentation.steppedOut);
  const presenting = useEditor((s) => s.presentation.slideId !== null);
  if (!presenter || presenting) return null;
  const style = { ['--peer' as string]: presenter.color };
  return (
    <div
      className={`present-follow${out ? ' is-out' : ''}`}
      style={style}
      role="status"
      data-testid="present-follow"
    >
      <span className="present-follow-dot" aria-hidden="true" />
      <span>
        <strong>{presenter.name}</strong> is presenting
      </span>
      <button type="button" className="btn btn-sm" onClick={() => setSteppedOut(store, !out)}>
        {out ? 'Rejoin presenter' : 'Step out'}
      </button>
    </div>
  );
}
