import { useEffect, useMemo, useRef, useState } from 'react';
import { useCanEdit } from '../access/useAccess';
import { useEditor } from '../EditorContext';
import { AddTouchpointRow } from './AddTouchpointRow';
import { BulkBar } from './BulkBar';
import { NotesTable, RoutesTable } from './RecordTables';
import { StageNames } from './StageNames';
import { TableFilters } from './TableFilters';
import {
  filterOptions,
  shownRows,
  touchpointRows,
  type ColumnKey,
  type Filters,
  type Sort,
} from './tableRows';
import { TouchpointTable } from './TouchpointTable';
import './table.css';

type Tab = 'touchpoints' | 'notes' | 'routes';
const TABS: { tab: Tab; label: string }[] = [
  { tab: 'touchpoints', label: 'Touchpoints' },
  { tab: 'notes', label: 'Notes' },
  { tab: 'routes', label: 'Routes' },
];

/** Header click order: ascending, descending, then the map's own order again. */
const NEXT_SORT = (prev: Sort | null, column: ColumnKey): Sort | null =>
  prev?.column !== column ? { column, dir: 'asc' } : prev.dir === 'asc' ? { column, dir: 'desc' } : null;

/**
 * The map as a table: the same document and editor actions as the canvas, so every change syncs
 * live and undoes per person. Sort, filters and the checked rows are this tab's own view state.
 */
export function TableView() {
  const map = useEditor((s) => s.map);
  const canEdit = useCanEdit();
  const [tab, setTab] = useState<Tab>('touchpoints');
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<Sort | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const added = useRef<string | null>(null);
  const rows = useMemo(() => (map ? touchpointRows(map) : []), [map]);
  const shown = useMemo(() => shownRows(rows, filters, sort), [rows, filters, sort]);
  const options = useMemo(() => (map ? filterOptions(map) : null), [map]);
  // Checked rows that were deleted (here or by a peer) drop out of the selection.
  const live = useMemo(() => new Set(rows.map((r) => r.tp.id)), [rows]);
  const checkedIds = [...checked].filter((id) => live.has(id));

  // A card added here gets its title field focused, ready for typing, once its row is drawn.
  useEffect(() => {
    if (!added.current) return;
    const input = document.querySelector<HTMLInputElement>(`tr[data-id="${added.current}"] th input`);
    if (!input) return;
    added.current = null;
    input.focus();
    input.select();
  }, [shown]);

  if (!map || !options) return null;
  const check = (ids: readonly string[], on: boolean) =>
    setChecked((prev) => {
      const next = new Set(prev);
      for (const id of ids)
        if (on) next.add(id);
        else next.delete(id);
      return next;
    });
  return (
    <section className="table-view" aria-label="Table view">
      <StageNames stages={map.stages} canEdit={canEdit} />
      <div className="table-tabs" role="group" aria-label="Records">
        {TABS.map((t) => (
          <button
            key={t.tab}
            type="button"
            className="btn btn-sm"
            aria-pressed={tab === t.tab}
            onClick={() => setTab(t.tab)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'notes' && <NotesTable map={map} canEdit={canEdit} />}
      {tab === 'routes' && <RoutesTable map={map} canEdit={canEdit} />}
      {tab === 'touchpoints' && (
        <>
          <TableFilters filters={filters} options={options} onChange={setFilters} />
          {canEdit && map.stages.length > 0 && (
            <AddTouchpointRow map={map} onAdded={(id) => (added.current = id)} />
          )}
          {canEdit && <BulkBar ids={checkedIds} stages={map.stages} />}
          <p className="table-count" role="status">
            {shown.length} of {rows.length} touchpoints
          </p>
          <div className="table-scroll">
            <TouchpointTable
              map={map}
              rows={shown}
              total={rows.length}
              sort={sort}
              onSort={(column) => setSort((prev) => NEXT_SORT(prev, column))}
              canEdit={canEdit}
              checked={checked}
              onCheck={check}
            />
          </div>
        </>
      )}
    </section>
  );
}
