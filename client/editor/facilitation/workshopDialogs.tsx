import { ReadoutDialog } from '../readout/ReadoutDialog';
import { RevertDialog } from '../revert/RevertDialog';
import { useEditor } from '../EditorContext';
import { useIsFacilitator } from './useFacilitation';

/** The workshop's dialogs a menu entry opens; the menu keeps which one is open (it outlives its popover). */
export type WorkshopDialog = 'readout' | 'revert';

export const WORKSHOP_DIALOGS: Record<WorkshopDialog, (props: { onClose: () => void }) => React.ReactNode> = {
  readout: ReadoutDialog,
  revert: RevertDialog,
};

/**
 * Who sees "Revert a person's edits…": the seat holder and the map's owner (or the admin). The
 * server checks the same on every request (403 otherwise); this only keeps the entry from people
 * it would refuse.
 */
export function useCanRevert(): boolean {
  const governs = useEditor((s) => s.access.canGovern === true || s.access.isOwner === true);
  return useIsFacilitator() || governs;
}
