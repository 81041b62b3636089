import './matrix.css';
import { useMemo, useState, type DragEvent } from 'react';
import {
  ACTION_STATUS_TRAITS,
  ACTION_STATUSES,
  CX_AREA_LABELS,
  CX_AREAS,
  type Action,
  type ActionStatus,
  type CxArea,
} from '../../../model';
import { Dialog } from '../../ui/Dialog';
import { useEditor } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';
import { useCanEdit } from '../access/useAccess';
import { useGoToAnchor } from '../comments/useGoToAnchor';
import { EFFORT_LABELS, placeOnMatrix, QUADRANT_TRAITS, quadrantOf, VALUE_LABELS } from './matrixPlacement';

const DRAG_TYPE = 'application/x-journey-action';

const toggled = <T,>(set: ReadonlySet<T>, item: T): ReadonlySet<T> => {
  const next = new Set(set);
  if (!next.delete(item)) next.add(item);
  return next;
};

/**
 * The value × effort matrix of the map's open actions (value up, effort right), the unscored ones
 * beside it. A chip's click selects its note; an editor drags a chip to a cell to re-score it (one
 * command, one undo step). Filters by status and CX area.
 */
export function MatrixDialog() {
  const open = useEditor((s) => s.matrixOpen);
  if (!open) return null;
  return <Matrix />;
}

function Matrix() {
  const all = useEditor((s) => s.map?.actions);
  const actions = useEditorActions();
  const canEdit = useCanEdit();
  const goTo = useGoToAnchor();
  const [statuses, setStatuses] = useState<ReadonlySet<ActionStatus>>(new Set());
  const [areas, setAreas] = useState<ReadonlySet<CxArea>>(new Set());
  const [over, setOver] = useState<string | null>(null);
  const placed = useMemo(() => placeOnMatrix(all ?? [], { statuses, areas }), [all, statuses, areas]);
  const close = () => actions.showMatrix(false);
  const pick = (a: Action) => {
    close();
    goTo({ kind: 'note', id: a.noteId });
  };
  const drop = (e: DragEvent, value: number, effort: number) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const a = all?.find((x) => x.id === id);
    if (a && (a.value !== value || a.effort !== effort)) actions.updateAction(id, { value, effort });
  };
  const chip = (a: Action) => (
    <button
      key={a.id}
      type="button"
      className="mx-chip"
      style={{
        background: ACTION_STATUS_TRAITS[a.status].colors.fill,
        color: ACTION_STATUS_TRAITS[a.status].colors.text,
      }}
      title={`${a.title || 'Untitled action'} · ${ACTION_STATUS_TRAITS[a.status].label}${a.owner ? ` · ${a.owner}` : ''}${canEdit ? '\nDrag to re-score; click to open its note' : ''}`}
      data-testid="matrix-chip"
      draggable={canEdit}
      onDragStart={(e) => {
        e.dataTransfer.setData(DRAG_TYPE, a.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={() => pick(a)}
    >
      {a.title.trim() || 'Untitled action'}
    </button>
  );
  const shown = placed.rows.flat().reduce((n, c) => n + c.actions.length, 0);
  return (
    <Dialog
      title="Value × effort"
      description="The map’s open actions. Quick wins first; drag a chip to re-score it."
      onClose={close}
      className="mx-dialog"
      footer={
        <button type="button" className="btn btn-primary" onClick={close}>
          Close
        </button>
      }
    >
      <div className="mx-filters">
        <div className="mx-filter" role="group" aria-label="Filter by status">
          {ACTION_STATUSES.map((s) => (
            <button
              key={s}
              type="button"
              className={`mx-toggle${statuses.has(s) ? ' is-on' : ''}`}
              aria-pressed={statuses.has(s)}
              onClick={() => setStatuses(toggled(statuses, s))}
            >
              <span
                className="mx-swatch"
                style={{
                  background: ACTION_STATUS_TRAITS[s].colors.fill,
                  borderColor: ACTION_STATUS_TRAITS[s].colors.text,
                }}
              />
              {ACTION_STATUS_TRAITS[s].label}
            </button>
          ))}
        </div>
        <div className="mx-filter" role="group" aria-label="Filter by CX area">
          {CX_AREAS.map((a) => (
            <button
              key={a}
              type="button"
              className={`mx-toggle${areas.has(a) ? ' is-on' : ''}`}
              aria-pressed={areas.has(a)}
              onClick={() => setAreas(toggled(areas, a))}
            >
              {CX_AREA_LABELS[a]}
            </button>
          ))}
        </div>
      </div>
      <div className="mx-body">
        <div className="mx-plot">
          <span className="mx-axis-y">Value →</span>
          <div
            className="mx-grid"
            role="grid"
            aria-label="Actions by value (rows, high at the top) and effort (columns)"
          >
            {placed.rows.map((row) => (
              <div key={row[0]!.value} role="row" className="mx-row">
                <span className="mx-tick" role="rowheader" title={VALUE_LABELS[row[0]!.value]}>
                  {row[0]!.value}
                </span>
                {row.map((cell) => {
                  const key = `${cell.value}:${cell.effort}`;
                  return (
                    <div
                      key={key}
                      role="gridcell"
                      aria-label={`Value ${cell.value}, effort ${cell.effort}: ${cell.actions.length} action${cell.actions.length === 1 ? '' : 's'}`}
                      className={`mx-cell q-${quadrantOf(cell.value, cell.effort)}${over === key ? ' is-over' : ''}`}
                      data-value={cell.value}
                      data-effort={cell.effort}
                      onDragOver={(e) => {
                        if (!canEdit || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
                        e.preventDefault();
                        setOver(key);
                      }}
                      onDragLeave={() => setOver((o) => (o === key ? null : o))}
                      onDrop={(e) => drop(e, cell.value, cell.effort)}
                    >
                      {cell.actions.map(chip)}
                    </div>
                  );
                })}
              </div>
            ))}
            <div className="mx-row mx-ticks" aria-hidden="true">
              <span className="mx-tick" />
              {placed.rows[0]!.map((c) => (
                <span key={c.effort} className="mx-tick" title={EFFORT_LABELS[c.effort]}>
                  {c.effort}
                </span>
              ))}
            </div>
            {(['quickWins', 'bigBets', 'fillIns', 'moneyPits'] as const).map((q) => (
              <span key={q} className={`mx-quadrant mx-quadrant-${q}`} title={QUADRANT_TRAITS[q].hint}>
                {QUADRANT_TRAITS[q].label} · {placed.counts[q]}
              </span>
            ))}
          </div>
          <span className="mx-axis-x">Effort →</span>
        </div>
        <aside className="mx-side" aria-label="Unscored actions">
          <h3 className="mx-side-title">Not scored · {placed.unscored.length}</h3>
          {placed.unscored.length === 0 ? (
            <p className="sp-hint">Every shown action has a value and an effort.</p>
          ) : (
            <div className="mx-unscored">{placed.unscored.map(chip)}</div>
          )}
          <p className="sp-hint">
            {shown === 0 && placed.unscored.length === 0
              ? 'No actions match. Add actions to opportunities and pain points in their panel.'
              : 'Score value and effort in the action’s details, or drag a chip onto the grid.'}
          </p>
        </aside>
      </div>
    </Dialog>
  );
}
