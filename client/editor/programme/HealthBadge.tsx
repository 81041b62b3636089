import { useMemo, useRef } from 'react';
import { mapHealth, type HealthPart } from '../../../model';
import { Popover } from '../facilitation/Popover';
import { useEditor, useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useSettledMap } from '../insights/useSettledMap';
import { UNOWNED } from '../insights/canvasFocus';
import { useNow } from '../../ui/useNow';

const PART_LABELS: Record<HealthPart, string> = {
  owners: 'Owners',
  evidence: 'Evidence',
  freshness: 'Fresh data',
  actions: 'Actions on time',
  comments: 'Comments resolved',
};

/** Green from 80, amber from 50, red below: the badge's colour. */
export function healthTone(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

/**
 * The map's health (model/programme/health.ts) in the header: the score, coloured; its popover
 * shows the five parts and the next steps, each going where it can be fixed.
 */
export function HealthBadge({
  open,
  onOpen,
  onShowOverdue,
}: {
  open: boolean;
  onOpen: (open: boolean) => void;
  onShowOverdue: () => void;
}) {
  const map = useSettledMap();
  const comments = useEditor((s) => s.comments);
  const now = useNow();
  const day = Math.floor(now / 86_400_000);
  const threads = useMemo(
    () => ({
      total: (comments?.open.length ?? 0) + (comments?.resolved.length ?? 0),
      open: comments?.open.length ?? 0,
    }),
    [comments],
  );
  // The score depends on the day (overdue, stale), not on the minute.
  const health = useMemo(
    () => (map ? mapHealth(map, threads, day * 86_400_000 + 43_200_000) : null),
    [map, threads, day],
  );
  const anchor = useRef<HTMLButtonElement>(null);
  const actions = useEditorActions();
  const { store } = useSession();
  if (!health) return null;
  const tone = healthTone(health.score);
  const go: Partial<Record<HealthPart, () => void>> = {
    owners: () => actions.setOwnerFilter(UNOWNED),
    actions: onShowOverdue,
    comments: () => store.setState({ commentsTab: 'open', hubsOpen: false }),
  };
  return (
    <span className="prog-anchor">
      <button
        ref={anchor}
        type="button"
        className={`btn btn-sm health-badge health-${tone}${open ? ' is-active' : ''}`}
        aria-label={`Map health ${health.score} of 100`}
        aria-expanded={open}
        data-testid="health-badge"
        data-score={health.score}
        title={health.next ? `Map health. Next: ${health.next}` : 'Map health'}
        onClick={() => onOpen(!open)}
      >
        <span className="health-dot" aria-hidden="true" />
        <span className="prog-long">Health </span>
        {health.score}
      </button>
      {open && (
        <Popover
          label="Map health"
          anchor={anchor}
          onClose={() => onOpen(false)}
          className="prog-popover"
          testId="health-popover"
        >
          <p className="prog-pop-title">
            Map health <strong className={`health-score health-${tone}`}>{health.score}</strong> / 100
          </p>
          <ul className="health-parts">
            {health.parts.map((p) => {
              const fix = p.step ? go[p.part] : undefined;
              return (
                <li key={p.part} className="health-part">
                  <div className="health-part-head">
                    <span>{PART_LABELS[p.part]}</span>
                    <span className="health-share">{Math.round(p.share * 100)}%</span>
                  </div>
                  <div className="health-bar" aria-hidden="true">
                    <span
                      style={{ width: `${Math.round(p.share * 100)}%` }}
                      className={`health-${healthTone(p.share * 100)}`}
                    />
                  </div>
                  {p.step &&
                    (fix ? (
                      <button
                        type="button"
                        className="health-step is-link"
                        onClick={() => {
                          onOpen(false);
                          fix();
                        }}
                      >
                        {p.step} →
                      </button>
                    ) : (
                      <span className="health-step">{p.step}</span>
                    ))}
                </li>
              );
            })}
          </ul>
          <p className="prog-pop-foot">
            {health.next ? (
              <>
                Next step: <strong>{health.next}</strong>
              </>
            ) : (
              'Nothing to do: every part is in full health.'
            )}
          </p>
        </Popover>
      )}
    </span>
  );
}
