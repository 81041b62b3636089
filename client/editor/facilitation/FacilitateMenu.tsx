import { useRef, useState } from 'react';
import { FreezeControl } from './FreezeControl';
import { Popover } from './Popover';
import { SeatControls } from './SeatControls';
import { StructureLockControl } from './StructureLockControl';
import { SummonControl } from './SummonControl';
import { TimerControls } from './TimerControls';
import { VoteControls } from './VoteControls';
import { WORKSHOP_DIALOGS, type WorkshopDialog } from './workshopDialogs';
import { WorkshopEntries } from './WorkshopEntries';

/**
 * The facilitator's tools in one menu: bring everyone here, lock structure, timer, dot vote, the
 * workshop's record (readout, revert a person), the seat. A dialog an entry opens is kept here, so
 * it stays open when the popover closes.
 */
export function FacilitateMenu() {
  const [open, setOpen] = useState(false);
  const [dialog, setDialog] = useState<WorkshopDialog | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const Dialog = dialog ? WORKSHOP_DIALOGS[dialog] : null;
  return (
    <span className="fac-menu-anchor">
      <button
        ref={button}
        type="button"
        className={`btn btn-sm btn-primary${open ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-haspopup="true"
        onClick={() => setOpen((o) => !o)}
      >
        Facilitate ▾
      </button>
      {open && (
        <Popover
          label="Facilitator tools"
          onClose={() => setOpen(false)}
          anchor={button}
          className="fac-menu"
          testId="facilitate-menu"
        >
          <SummonControl onDone={() => setOpen(false)} />
          <FreezeControl />
          <StructureLockControl />
          <TimerControls />
          <VoteControls />
          <WorkshopEntries
            onOpen={(d) => {
              setOpen(false);
              setDialog(d);
            }}
          />
          <SeatControls onDone={() => setOpen(false)} />
        </Popover>
      )}
      {Dialog && <Dialog onClose={() => setDialog(null)} />}
    </span>
  );
}
