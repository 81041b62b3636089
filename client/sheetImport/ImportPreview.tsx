import {
  countActions,
  type ExtraPlan,
  type PlannedRow,
  type RowAction,
  type SheetImportPlan,
  type SheetKind,
} from '../../model/sheet';
import { SHEET_KIND_TRAITS } from './sheetKindTraits';

/** How the preview names what a row will do. */
const ACTION_TRAITS: Record<RowAction, { readonly label: string; readonly className: string }> = {
  update: { label: 'Update', className: 'is-update' },
  new: { label: 'New card', className: 'is-new' },
  unchanged: { label: 'No change', className: 'is-unchanged' },
  skip: { label: 'Skip', className: 'is-skip' },
};

/** Rows the table lists; the counts above it cover all of them. */
const PREVIEW_ROWS = 200;
/** Problems listed one by one; the rest are counted. */
const LISTED_PROBLEMS = 12;

/**
 * What confirming will do: counts per action, the stages it adds, what blocks it or which rows it
 * skips (each problem named by row and column), and a row-by-row table.
 */
export function ImportPreview({ plan, kind = 'touchpoints' }: { plan: SheetImportPlan; kind?: SheetKind }) {
  const { missing, newStages } = plan;
  const extras: ExtraPlan<unknown>[] = [];
  if (plan.notes) extras.push(plan.notes);
  if (plan.routes) extras.push(plan.routes);
  // A Notes or Routes file on its own: its rows are the table, not a line under it.
  const side = kind === 'touchpoints' ? undefined : extras.shift();
  const rows: readonly PlannedRow<unknown>[] = side?.rows ?? plan.rows;
  const counts = side ? countActions(side.rows) : plan.counts;
  const traits = SHEET_KIND_TRAITS[kind];
  const blocking = [...missing, ...(side?.missing ?? []), ...extras.flatMap((e) => e.missing)];
  const problems = [rows, ...extras.map((e) => e.rows)].flatMap((list) => list.flatMap((r) => r.problems));
  return (
    <section className="sheet-preview" aria-label="Preview">
      <h3 className="sheet-section-title">Preview</h3>
      <p className="sheet-counts" data-testid="sheet-import-counts">
        {counts.update} to update · {counts.new} new · {counts.unchanged} unchanged · {counts.skip} skipped
        {newStages.length > 0 && (
          <>
            {' '}
            · new stages: <strong>{newStages.join(', ')}</strong>
          </>
        )}
      </p>
      {extras.map((e) => (
        <ExtraCounts key={e.sheet} extra={e} />
      ))}
      {(blocking.length > 0 || problems.length > 0) && (
        <ul className="sheet-problems" role="alert" data-testid="sheet-import-problems">
          {blocking.map((m) => (
            <li key={m} className="is-blocking">
              {m}: nothing can be imported until a column is chosen for it.
            </li>
          ))}
          {problems.slice(0, LISTED_PROBLEMS).map((p, i) => (
            <li key={i}>{p}</li>
          ))}
          {problems.length > LISTED_PROBLEMS && <li>… and {problems.length - LISTED_PROBLEMS} more</li>}
        </ul>
      )}
      <div className="sheet-table-wrap">
        <table className="sheet-table">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Action</th>
              <th scope="col">{traits.titleHeader}</th>
              <th scope="col">Stage</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PREVIEW_ROWS).map((row) => (
              <PreviewRow key={row.row} row={row} blockedBy={blocking[0]} newLabel={traits.newLabel} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > PREVIEW_ROWS && (
        <p className="sheet-more">
          The first {PREVIEW_ROWS} of {rows.length} rows are listed.
        </p>
      )}
    </section>
  );
}

/** The Notes or Routes sheet in one line: what its rows will do. */
function ExtraCounts({ extra }: { extra: ExtraPlan<unknown> }) {
  const c = countActions(extra.rows);
  return (
    <p className="sheet-counts" data-testid="sheet-import-extra-counts">
      {extra.sheet}: {c.update} to update · {c.new} new · {c.unchanged} unchanged · {c.skip} skipped
    </p>
  );
}

function PreviewRow({
  row,
  blockedBy,
  newLabel,
}: {
  row: PlannedRow<unknown>;
  blockedBy: string | undefined;
  newLabel: string;
}) {
  const action = ACTION_TRAITS[row.action];
  const label = row.action === 'new' ? newLabel : action.label;
  const details =
    row.action === 'update'
      ? `Changes ${row.changes.join(', ')}`
      : row.problems.map(withoutRow).join('; ') || (row.action === 'skip' ? (blockedBy ?? '') : '');
  return (
    <tr data-testid="sheet-import-row" className={action.className}>
      <td>{row.row}</td>
      <td>
        <span className={`sheet-action ${action.className}`}>{label}</span>
      </td>
      <td className="sheet-cell-text">{row.title}</td>
      <td className="sheet-cell-text">{row.stage}</td>
      <td className="sheet-cell-text">{details}</td>
    </tr>
  );
}

/** The row number is in its own column: "Row 7, Emotion: …" or "x.csv row 7, …" → "Emotion: …". */
const withoutRow = (problem: string) => problem.replace(/^(.*? )?[Rr]ow \d+, /, '');
