import { useRef, useState } from 'react';
import { Popover } from './Popover';
import { SeatControls } from './SeatControls';
import { StructureLockControl } from './StructureLockControl';
import { TimerControls } from './TimerControls';
import { VoteControls } from './VoteControls';

/** The facilitator's tools in one menu: lock structure, timer, dot vote, and the seat itself. */
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
          <StructureLockControl />
          <TimerControls />
          <VoteControls />
          <SeatControls onDone={() => setOpen(false)} />
        </Popover>
      )}
    </span>
  );
}
