import { useRef, useState } from 'react';
import { FreezeControl } from './FreezeControl';
import { Popover } from './Popover';
import { SeatControls } from './SeatControls';
import { StructureLockControl } from './StructureLockControl';
import { SummonControl } from './SummonControl';
import { TimerControls } from './TimerControls';
import { VoteControls } from './VoteControls';

/** The facilitator's tools in one menu: bring everyone here, lock structure, timer, dot vote, the seat. */
export function FacilitateMenu() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
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
          <SeatControls onDone={() => setOpen(false)} />
        </Popover>
      )}
    </span>
  );
}
