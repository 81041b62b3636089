import { useRef, useState, type ChangeEvent } from 'react';
import type { SheetTable } from '../../model/sheet';
import { errorMessage } from '../api/ApiError';
import { Dialog } from '../ui/Dialog';
import { readSheetFile, SHEET_FILE_ACCEPT } from './readSheetFile';
import { SheetImportDialog, type SheetImportTarget } from './SheetImportDialog';

type Picked =
  | { readonly fileName: string; readonly tables: readonly SheetTable[]; readonly target: SheetImportTarget }
  | { readonly fileName: string; readonly error: string };

/**
 * "Import spreadsheet…": picks a CSV or XLSX file, reads it here (a file that cannot be read says why
 * and changes nothing), then opens the mapping and preview dialog against the target the caller
 * makes for that file (a new map on the maps page, the open map in the editor).
 */
export function SheetImportButton({
  className = 'btn',
  label = 'Import spreadsheet…',
  ariaLabel,
  disabled = false,
  makeTarget,
}: {
  className?: string;
  label?: string;
  /** When the visible label is shorter (the editor's header): it starts with the label. */
  ariaLabel?: string;
  disabled?: boolean;
  makeTarget: (fileName: string) => SheetImportTarget;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);
  const close = () => setPicked(null);

  async function read(file: File) {
    try {
      const tables = await readSheetFile(file);
      setPicked({ fileName: file.name, tables, target: makeTarget(file.name) });
    } catch (err) {
      setPicked({ fileName: file.name, error: errorMessage(err) });
    }
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so picking the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void read(file);
  }

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={() => input.current?.click()}
        disabled={disabled}
        aria-label={ariaLabel}
        title="Import touchpoints from a CSV or Excel file, with a preview before anything is written"
      >
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={SHEET_FILE_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="sheet-import-file"
        onChange={onChange}
      />
      {picked && 'tables' in picked && (
        <SheetImportDialog
          fileName={picked.fileName}
          tables={picked.tables}
          target={picked.target}
          onClose={close}
        />
      )}
      {picked && 'error' in picked && (
        <Dialog
          title="This file cannot be imported"
          description={picked.fileName}
          size="sm"
          onClose={close}
          footer={
            <button type="button" className="btn btn-primary" onClick={close}>
              OK
            </button>
          }
        >
          <p className="ui-dialog-error" role="alert" data-testid="sheet-import-error">
            {picked.error}
          </p>
        </Dialog>
      )}
    </>
  );
}
