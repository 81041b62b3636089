import { readMap } from '../../model';
import { newSheetMapDoc, sheetMapFile, type SheetImportPlan } from '../../model/sheet';
import { importMap } from '../api/importApi';
import { mapPath, navigate } from '../app/router';
import { rememberCreatedMap } from '../editor/facilitation/createdMapFlag';
import { SheetImportButton } from '../sheetImport/SheetImportButton';
import type { SheetImportTarget } from '../sheetImport/SheetImportDialog';
import { baseName } from '../sheetImport/readSheetFile';
import { showToast } from '../ui/toasts';

/**
 * "Import spreadsheet…" on the maps page: the rows become a new map named after the file, its
 * stages the sheet's stage names. The map file is built here and created through the same import
 * as a JSON map file, so the server validates it again and creates it whole or not at all.
 */
export function ImportSheetMapButton() {
  return <SheetImportButton makeTarget={newMapTarget} />;
}

function newMapTarget(fileName: string): SheetImportTarget {
  const seed = newSheetMapDoc(baseName(fileName));
  return {
    map: readMap(seed).map,
    description: 'A new map from these rows: each row a touchpoint, each stage name a stage.',
    confirmLabel: (plan: SheetImportPlan) =>
      `Create map with ${plan.writes.length} ${plan.writes.length === 1 ? 'card' : 'cards'}`,
    async confirm(plan) {
      const map = await importMap(sheetMapFile(seed, plan));
      // Like a map made with "New map", the person who imported it holds its facilitator seat.
      rememberCreatedMap(map.id);
      showToast(`Imported “${map.title}”`, 'success');
      navigate(mapPath(map.id));
    },
  };
}
