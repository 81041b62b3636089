import { useRef, useState } from 'react';
import { Icon } from '../../ui/Icon';
import { Popover } from './Popover';
import { useIsFacilitator } from './useFacilitation';
import { WORKSHOP_DIALOGS, type WorkshopDialog } from './workshopDialogs';
import { WorkshopEntries } from './WorkshopEntries';

/**
 * The workshop's record for everyone who does not hold the seat (an icon, so the header keeps
 * the title's room on a laptop) (the holder finds the same
 * entries in "Facilitate"): the readout for anyone who can view the map, and for the map's owner
 * "Revert a person's edits…".
 */
export function WorkshopMenu() {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<WorkshopDialog | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const holder = useIsFacilitator();
  const Dialog = dialog ? WORKSHOP_DIALOGS[dialog] : null;
  if (holder && !Dialog) return null;
  return (
    <span className="fac-menu-anchor">
      {!holder && (
        <button
          ref={button}
          type="button"
          className={`btn btn-sm btn-icon fac-workshop-btn${open ? ' is-active' : ''}`}
          aria-label="Workshop"
          title="Workshop readout and record"
          aria-expanded={open}
          aria-haspopup="true"
          data-testid="workshop-button"
          onClick={() => setOpen((o) => !o)}
        >
          <Icon name="report" size={15} />
        </button>
      )}
      {open && !holder && (
        <Popover
          label="Workshop"
          onClose={() => setOpen(false)}
          anchor={button}
          className="fac-menu"
          testId="workshop-menu"
        >
          <WorkshopEntries
            onOpen={(d) => {
              setOpen(false);
              setDialog(d);
            }}
          />
        </Popover>
      )}
      {Dialog && <Dialog onClose={() => setDialog(null)} />}
    </span>
  );
}
