import type { KeyboardEvent } from 'react';
import * as model from '../../../model';
import { useEditorActions } from '../useEditorActions';
import { CellSelect, CellText } from './CellText';
import type { ColumnKey, Sort, TouchpointRow } from './tableRows';
import { moveFocus } from './gridKeys';

const COLUMNS: { key: ColumnKey; label: string }[] = [
  { key: 'stage', label: 'Stage' },
  { key: 'lane', label: 'Lane' },
  { key: 'title', label: 'Title' },
  { key: 'channel', label: 'Channel' },
  { key: 'owner', label: 'Owner' },
  { key: 'emotion', label: 'Emotion' },
  { key: 'hub', label: 'Hub' },
  { key: 'description', label: 'Description' },
];
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;
const CHANNEL_OPTIONS = model.CHANNELS.map((c) => ({ value: c, label: model.CHANNEL_TRAITS[c].label }));
const EMOTION_OPTIONS = ([-2, -1, 0, 1, 2] as const).map((e) => ({
  value: String(e),
  label: model.EMOTION_LABELS[e],
}));

export interface TouchpointTableProps {
  map: model.JourneyMap;
  rows: readonly TouchpointRow[];
  total: number;
  sort: Sort | null;
  onSort: (column: ColumnKey) => void;
  canEdit: boolean;
  checked: ReadonlySet<string>;
  onCheck: (ids: readonly string[], on: boolean) => void;
}

/**
 * The touchpoints as a real table: one row per card, sortable headers, and (for editors) every cell
 * an input or select whose change is one editor action. Arrow keys move between cells (gridKeys.ts).
 */
export function TouchpointTable(props: TouchpointTableProps) {
  const { map, rows, total, sort, onSort, canEdit, checked, onCheck } = props;
  const actions = useEditorActions();
  const stageOptions = map.stages.map((s) => ({ value: s.id, label: s.name }));
  const laneOptions = map.lanes
    .filter((l) => model.CARD_LANE_KINDS.has(l.kind as never))
    .map((l) => ({ value: l.id, label: l.label }));
  const allChecked = rows.length > 0 && rows.every((r) => checked.has(r.tp.id));
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => moveFocus(e);
  return (
    <table className="touchpoint-table" onKeyDown={onKeyDown}>
      <caption>Touchpoints{rows.length < total ? ' (filtered)' : ''}</caption>
      <thead>
        <tr>
          {canEdit && (
            <th scope="col" className="table-check">
              <input
                type="checkbox"
                aria-label="Select all shown"
                checked={allChecked}
                onChange={(e) =>
                  onCheck(
                    rows.map((r) => r.tp.id),
                    e.target.checked,
                  )
                }
              />
            </th>
          )}
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort?.column === c.key ? ARIA_SORT[sort.dir] : undefined}>
              <button type="button" className="table-sort" onClick={() => onSort(c.key)}>
                {c.label}
                <span aria-hidden="true">
                  {sort?.column === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </th>
          ))}
          {canEdit && (
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const tp = r.tp;
          const name = tp.title || 'untitled';
          return (
            <tr key={tp.id} data-id={tp.id}>
              {canEdit && (
                <td className="table-check">
                  <input
                    type="checkbox"
                    aria-label={`Select ${name}`}
                    checked={checked.has(tp.id)}
                    onChange={(e) => onCheck([tp.id], e.target.checked)}
                  />
                </td>
              )}
              {canEdit ? (
                <>
                  <td>
                    <CellSelect
                      value={tp.stageId}
                      label={`Stage of ${name}`}
                      options={stageOptions}
                      onChange={(stageId) => actions.moveTouchpoint(tp.id, { stageId, laneId: tp.laneId })}
                    />
                  </td>
                  <td>
                    <CellSelect
                      value={tp.laneId}
                      label={`Lane of ${name}`}
                      options={laneOptions}
                      onChange={(laneId) => actions.moveTouchpoint(tp.id, { stageId: tp.stageId, laneId })}
                    />
                  </td>
                  <th scope="row">
                    <CellText
                      value={tp.title}
                      label={`Title of ${name}`}
                      onCommit={(title) => actions.updateTouchpoint(tp.id, { title })}
                    />
                  </th>
                  <td>
                    <CellSelect
                      value={tp.channel}
                      label={`Channel of ${name}`}
                      options={CHANNEL_OPTIONS}
                      onChange={(c) => actions.setChannel(tp.id, c as model.Channel)}
                    />
                  </td>
                  <td>
                    <CellText
                      value={tp.owner}
                      label={`Owner of ${name}`}
                      onCommit={(owner) => actions.updateTouchpoint(tp.id, { owner })}
                    />
                  </td>
                  <td>
                    <CellSelect
                      value={String(tp.emotion)}
                      label={`Emotion of ${name}`}
                      options={EMOTION_OPTIONS}
                      onChange={(v) => actions.setEmotion(tp.id, model.clampEmotion(Number(v)))}
                    />
                  </td>
                  <td>{r.hub}</td>
                  <td>
                    <CellText
                      value={tp.description}
                      label={`Description of ${name}`}
                      onCommit={(description) => actions.updateTouchpoint(tp.id, { description })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn-ghost btn-sm"
                      aria-label={`Delete ${name}`}
                      onClick={() => actions.deleteTouchpoint(tp.id)}
                    >
                      ✕
                    </button>
                  </td>
                </>
              ) : (
                <>
                  <td>{r.stage}</td>
                  <td>{r.lane}</td>
                  <th scope="row">{tp.title}</th>
                  <td>{r.channel}</td>
                  <td>{tp.owner}</td>
                  <td>{r.emotion}</td>
                  <td>{r.hub}</td>
                  <td>{tp.description}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
