import * as model from '../../../model';
import type { CommandKit } from './commandKit';

/** The failure-demand ledger and live VoC data: map settings, "Create action" on a cause, metric points. */
export function ledgerApi(kit: CommandKit) {
  const { doc, store, run } = kit;
  return {
    /** Cost per contact, currency, stale threshold (model/commands/mapSettings.ts). */
    setMapSettings: (patch: Partial<model.MapSettings>) => run(() => model.setMapSettings(doc, patch)),
    /**
     * "Create action" on an upstream cause: one command (one undo step); the note holding the action
     * is selected, so its panel shows the action to assign.
     */
    createLedgerAction(touchpointId: string) {
      const made = run(() => model.createLedgerAction(doc, touchpointId));
      if (made)
        store.setState({ selection: { kind: 'note', id: made.noteId }, group: [], ledgerOpen: false });
      return made;
    },
    /** Removes one metric point (a wrong upload). */
    deleteMetricPoint: (id: string) => run(() => model.deleteMetricPoint(doc, id)),
    /** The "Failure demand" report: this tab's view only, never the document. */
    showLedger: (open: boolean) => store.setState({ ledgerOpen: open }),
  };
}
