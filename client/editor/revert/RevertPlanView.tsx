import { DIFF_KIND_NOUNS, type DiffKind } from '../../../model/history';
import type { RevertPlan } from '../../api/revertApi';
import { formatClock } from '../readout/readoutSections';
import { personName } from './revertMessages';

const KEPT_REASON: Record<RevertPlan['kept'][number]['reason'], (by: string) => string> = {
  'changed-later': (by) => `${by} changed it later`,
  'record-gone': (by) => `${by} removed it`,
};

const titled = (r: { kind: DiffKind; title: string }) =>
  `${DIFF_KIND_NOUNS[r.kind]} “${r.title.trim() || 'Untitled'}”`;

/** What applying the plan will do, group by group; a group with nothing in it is left out. */
export function RevertPlanView({ plan, who }: { plan: RevertPlan; who: string }) {
  const empty = plan.remove.length + plan.restore.length + plan.fields.length + plan.kept.length === 0;
  return (
    <div className="revert-plan" data-testid="revert-plan">
      <p className="revert-plan-window">
        {who}’s edits from {formatClock(plan.from)} to {formatClock(plan.to)}
      </p>
      {empty && (
        <p className="revert-empty">Nothing to revert: none of their edits in this window are left.</p>
      )}
      {plan.remove.length > 0 && (
        <PlanGroup title="Will be removed" testId="revert-remove">
          {plan.remove.map((r) => (
            <li key={r.id}>{titled(r)}</li>
          ))}
        </PlanGroup>
      )}
      {plan.restore.length > 0 && (
        <PlanGroup title="Will come back" testId="revert-restore">
          {plan.restore.map((r) => (
            <li key={r.id}>{titled(r)}</li>
          ))}
        </PlanGroup>
      )}
      {plan.fields.length > 0 && (
        <PlanGroup title="Fields going back" testId="revert-fields">
          {plan.fields.map((f) => (
            <li key={`${f.id}/${f.field}`}>
              {titled(f)} · {f.label}: <span className="revert-now">{f.now || '(empty)'}</span> →{' '}
              <span className="revert-back">{f.back || '(empty)'}</span>
            </li>
          ))}
        </PlanGroup>
      )}
      {plan.kept.length > 0 && (
        <PlanGroup title="Left as they are (listed, not reverted)" testId="revert-kept">
          {plan.kept.map((k) => (
            <li key={`${k.id}/${k.field}`}>
              {titled(k)} · {k.label}: {KEPT_REASON[k.reason](personName(k.by))}
            </li>
          ))}
        </PlanGroup>
      )}
    </div>
  );
}

function PlanGroup({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <section className="revert-group" aria-label={title} data-testid={testId}>
      <h3 className="revert-group-title">{title}</h3>
      <ul className="revert-list">{children}</ul>
    </section>
  );
}
