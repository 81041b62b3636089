import type { ActionRow, ActionStatus } from '../../model';
import { ActionTableRow } from './ActionTableRow';

interface ActionsTableProps {
  rows: readonly ActionRow[];
  today: string;
  saving: ReadonlySet<string>;
  onStatus: (row: ActionRow, status: ActionStatus) => void;
}

/** The actions as a dense table, one row each. */
export function ActionsTable({ rows, today, saving, onStatus }: ActionsTableProps) {
  return (
    <div className="actions-table-wrap">
      <table className="actions-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Status</th>
            <th scope="col">Owner</th>
            <th scope="col">Due</th>
            <th scope="col">CX area</th>
            <th scope="col" title="Value and effort, 1–5">
              Value · effort
            </th>
            <th scope="col">Map</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <ActionTableRow
              key={`${row.mapId}/${row.action.id}`}
              row={row}
              today={today}
              saving={saving.has(`${row.mapId}/${row.action.id}`)}
              onStatus={onStatus}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
