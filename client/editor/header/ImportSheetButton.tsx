import type { SheetImportResult } from '../../../model';
import { planWriteCount, type SheetImportPlan } from '../../../model/sheet';
import { SheetImportButton } from '../../sheetImport/SheetImportButton';
import type { SheetImportTarget } from '../../sheetImport/SheetImportDialog';
import { showToast } from '../../ui/toasts';
import { useCanEdit } from '../access/useAccess';
import { useEditor, useSession } from '../EditorContext';
import { useEditorActions } from '../useEditorActions';

/**
 * "Import" beside Export, for editors: rows of a CSV or XLSX file update the open map's cards (by id)
 * and add new ones, as one command, so it is one undo step and peers see it at once.
 */
export function ImportSheetButton() {
  const { store } = useSession();
  const actions = useEditorActions();
  const loaded = useEditor((s) => s.map !== null);
  const canEdit = useCanEdit();
  if (!canEdit) return null;
  // Planned against the map as it is when the file is picked.
  const makeTarget = (): SheetImportTarget => ({
    map: store.getState().map!,
    description: 'Rows with an id update those cards; the others become new cards.',
    sideFiles: true,
    confirmLabel: (plan: SheetImportPlan) =>
      `Import ${planWriteCount(plan)} ${planWriteCount(plan) === 1 ? 'row' : 'rows'}`,
    confirm(plan) {
      const result = actions.importSheet(plan);
      if (result) showToast(importedText(result), 'success');
      return Promise.resolve();
    },
  });
  return (
    <SheetImportButton
      className="btn btn-sm"
      label="Import"
      ariaLabel="Import spreadsheet"
      disabled={!loaded}
      makeTarget={makeTarget}
    />
  );
}

function importedText({ updated, added, stagesAdded, notes, routes }: SheetImportResult): string {
  // A Notes or Routes file alone changes no card: say only what it did.
  const parts = updated + added > 0 || notes + routes === 0 ? [`${updated} updated`, `${added} added`] : [];
  if (notes > 0) parts.push(`${notes} ${notes === 1 ? 'note' : 'notes'}`);
  if (routes > 0) parts.push(`${routes} ${routes === 1 ? 'route' : 'routes'}`);
  if (stagesAdded > 0) parts.push(`${stagesAdded} new ${stagesAdded === 1 ? 'stage' : 'stages'}`);
  return `Imported: ${parts.join(', ')}`;
}
