import { useMemo, useState } from 'react';
import type { JourneyMap } from '../../model';
import {
  guessMapping,
  planSheetImport,
  planSideFile,
  planWriteCount,
  sheetKind,
  type SheetImportPlan,
  type SheetTable,
} from '../../model/sheet';
import { errorMessage } from '../api/ApiError';
import { Dialog } from '../ui/Dialog';
import { ColumnMappingFields } from './ColumnMappingFields';
import { ImportPreview } from './ImportPreview';
import { SHEET_KIND_TRAITS } from './sheetKindTraits';
import { extraSheets, firstSheetIndex } from './readSheetFile';
import './sheetImport.css';

/** Where the rows go: the map they are planned against, and what confirming does. */
export interface SheetImportTarget {
  /** The map the rows are matched against (cards by id, stages and lanes by name). */
  readonly map: JourneyMap;
  /** The line under the dialog's title. */
  readonly description: string;
  /** The confirm button's text for a plan. */
  readonly confirmLabel: (plan: SheetImportPlan) => string;
  /** Writes the plan; a thrown error is shown in the dialog, which stays open. */
  readonly confirm: (plan: SheetImportPlan) => Promise<void>;
  /** Whether a Notes or Routes file on its own can be imported (into an open map, not a new one). */
  readonly sideFiles?: boolean;
}

/**
 * The spreadsheet import's one step between picking a file and writing: choose the sheet, check or
 * change each field's column, and see what every row will do before confirming. Nothing is written
 * until "Import"; rows with errors are skipped (and listed), a missing required column blocks all.
 */
export function SheetImportDialog({
  fileName,
  tables,
  target,
  onClose,
}: {
  fileName: string;
  tables: readonly SheetTable[];
  target: SheetImportTarget;
  onClose: () => void;
}) {
  const [sheet, setSheet] = useState(() => firstSheetIndex(tables));
  const table = tables[sheet] ?? tables[0]!;
  const [mapping, setMapping] = useState(() => guessMapping(table.headers));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Our own workbook's Notes and Routes sheets come along unless switched off.
  const extras = useMemo(() => extraSheets(tables, sheet), [tables, sheet]);
  const [withExtras, setWithExtras] = useState(true);
  // Our own Notes or Routes CSV is read with its fixed columns: no mapping.
  const kind = useMemo(() => sheetKind(table), [table]);
  const kindTraits = SHEET_KIND_TRAITS[kind];
  const plan = useMemo(
    () =>
      kind === 'touchpoints'
        ? planSheetImport(target.map, table, mapping, withExtras ? extras : {})
        : planSideFile(target.map, table, kind),
    [target.map, table, mapping, extras, withExtras, kind],
  );
  const refused = kind !== 'touchpoints' && !target.sideFiles;
  const blocked = refused || plan.missing.length > 0 || planWriteCount(plan) === 0;

  function pickSheet(index: number) {
    setSheet(index);
    setMapping(guessMapping(tables[index]?.headers ?? []));
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await target.confirm(plan);
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setPending(false);
    }
  }

  return (
    <Dialog
      title={`Import “${fileName}”`}
      description={kind === 'touchpoints' ? target.description : kindTraits.explain}
      onClose={onClose}
      dismissible={!pending}
      className="sheet-import-dialog"
      footer={
        <>
          <span className="sheet-footer-note">Nothing is written until you confirm.</span>
          <button type="button" className="btn" onClick={onClose} disabled={pending}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void confirm()}
            disabled={pending || blocked}
            data-autofocus
          >
            {pending ? 'Importing…' : blocked ? 'Import' : target.confirmLabel(plan)}
          </button>
        </>
      }
    >
      {tables.length > 1 && (
        <label className="sheet-picker">
          <span className="sheet-section-title">Sheet</span>
          <select value={sheet} onChange={(e) => pickSheet(Number(e.target.value))} disabled={pending}>
            {tables.map((t, i) => (
              <option key={i} value={i}>
                {t.name} ({t.rows.length} rows)
              </option>
            ))}
          </select>
        </label>
      )}
      {kind !== 'touchpoints' && (
        <p className="sheet-kind" data-testid="sheet-import-kind">
          {kindTraits.fileLabel}: read with its own columns, matched to this map by id.
        </p>
      )}
      {refused && (
        <p className="ui-dialog-error" role="alert">
          A {kindTraits.fileLabel.toLowerCase()} adds to a map: open the map, then import it there.
        </p>
      )}
      {kind === 'touchpoints' && (extras.notes || extras.routes) && (
        <label className="sheet-extras">
          <input
            type="checkbox"
            checked={withExtras}
            onChange={(e) => setWithExtras(e.target.checked)}
            disabled={pending}
          />
          Also import the {[extras.notes?.name, extras.routes?.name].filter(Boolean).join(' and ')} sheets
        </label>
      )}
      <div className={`sheet-import-body${kind === 'touchpoints' ? '' : ' is-side-file'}`}>
        {kind === 'touchpoints' && (
          <ColumnMappingFields
            headers={table.headers}
            mapping={mapping}
            onChange={setMapping}
            disabled={pending}
          />
        )}
        <ImportPreview plan={plan} kind={kind} />
      </div>
      {error && (
        <p className="ui-dialog-error" role="alert" data-testid="sheet-import-error">
          {error}
        </p>
      )}
    </Dialog>
  );
}
