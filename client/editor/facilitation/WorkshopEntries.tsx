import { useCanRevert, type WorkshopDialog } from './workshopDialogs';

/** "Workshop readout…" for everyone who can see the map; "Revert a person's edits…" for who may. */
export function WorkshopEntries({ onOpen }: { onOpen: (dialog: WorkshopDialog) => void }) {
  const canRevert = useCanRevert();
  return (
    <section className="fac-section" aria-label="Workshop record">
      <h3 className="fac-section-title">Workshop record</h3>
      <div className="fac-entries">
        <button type="button" className="btn btn-sm btn-ghost fac-entry" onClick={() => onOpen('readout')}>
          Workshop readout…
        </button>
        {canRevert && (
          <button type="button" className="btn btn-sm btn-ghost fac-entry" onClick={() => onOpen('revert')}>
            Revert a person’s edits…
          </button>
        )}
      </div>
    </section>
  );
}
