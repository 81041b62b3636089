import { useMemo, useRef, useState } from 'react';
import type { ReadProblem } from '../../../model';
import { useEditor } from '../EditorContext';
import { Popover } from '../facilitation/Popover';
import './problems.css';

/** Rows the details list shows; the rest are counted ("and 40 more"). */
const MAX_LISTED = 20;

/**
 * A small corner notice when the map or its comments hold records this editor could not show as
 * written (a buggy or hostile client wrote them; the readers skipped or repaired them). Non-blocking: the canvas shows
 * every valid record. Its details list collection, id and reason. It goes when the problems do; a
 * dismissed notice comes back only when the set of problems changes.
 */
export function ReadProblemsNotice() {
  const mapProblems = useEditor((s) => s.problems);
  const commentProblems = useEditor((s) => s.commentProblems);
  const problems = useMemo(
    () => (commentProblems.length === 0 ? mapProblems : [...mapProblems, ...commentProblems]),
    [mapProblems, commentProblems],
  );
  const [open, setOpen] = useState(false);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  if (problems.length === 0) return null;
  const signature = problems.map((p) => `${p.collection}/${p.id}`).join('\n');
  if (dismissed === signature) return null;
  const n = problems.length;
  return (
    <div className="read-problems" data-testid="read-problems">
      <button
        ref={button}
        type="button"
        className="read-problems-pill"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="read-problems-icon" aria-hidden="true">
          !
        </span>
        {n === 1 ? '1 record could not be shown' : `${n} records could not be shown`}
      </button>
      <button
        type="button"
        className="read-problems-dismiss"
        aria-label="Hide this notice"
        onClick={() => {
          setOpen(false);
          setDismissed(signature);
        }}
      >
        ✕
      </button>
      {open && (
        <Popover
          label="Records not shown"
          onClose={() => setOpen(false)}
          anchor={button}
          className="read-problems-popover"
          testId="read-problems-details"
        >
          <ProblemList problems={problems} />
        </Popover>
      )}
    </div>
  );
}

function ProblemList({ problems }: { problems: readonly ReadProblem[] }) {
  const listed = problems.slice(0, MAX_LISTED);
  return (
    <>
      <p className="read-problems-intro">
        Another app wrote these in a shape Journey cannot read. They are left untouched; everything else on
        the map is shown.
      </p>
      <ul className="read-problems-list">
        {listed.map((p, i) => (
          <li key={`${p.collection}/${p.id}/${i}`}>
            <span className="read-problems-where">
              {p.collection} · <code title={p.id}>{p.id}</code>
            </span>
            <span className="read-problems-why">{p.message}</span>
          </li>
        ))}
      </ul>
      {problems.length > listed.length && (
        <p className="read-problems-more">and {problems.length - listed.length} more</p>
      )}
    </>
  );
}
