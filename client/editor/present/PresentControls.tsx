import { useMemo, useRef, useState } from 'react';
import { mayAct } from '../actions/gate';
import { startPresenting } from '../actions/presentSteps';
import { useEditor, useSession } from '../EditorContext';
import { Popover } from '../facilitation/Popover';
import { useFacilitation, useFacilitationActions, useMe } from '../facilitation/useFacilitation';
import { createDeckActions } from './deckActions';
import { SlideList } from './SlideList';

/**
 * "Present" and the deck's "Slides" list, beside the map's other views. Presenting takes the
 * facilitator's seat when it is free (only the seat holder presents: followers ignore anyone else);
 * with someone else in the seat it says who can present instead.
 */
export function PresentControls() {
  const session = useSession();
  const { store } = session;
  const me = useMe();
  const holder = useFacilitation((f) => f.facilitator);
  const fac = useFacilitationActions();
  const deck = useMemo(() => createDeckActions(session), [session]);
  const mayPresent = useEditor((s) => mayAct('seat', s));
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLButtonElement>(null);

  const present = (fromSlideId?: string) => {
    if (holder && holder.userId !== me.userId) {
      store.setState({ error: `${holder.name} holds the facilitator's seat: only they can present.` });
      return;
    }
    if (!holder && !fac.claimSeat()) return;
    setOpen(false);
    startPresenting(store, fromSlideId);
  };

  return (
    <div className="present-controls">
      {mayPresent && (
        <button
          type="button"
          className="btn btn-sm"
          title="Present the map stage by stage; everyone here follows"
          onClick={() => present()}
        >
          ▶ Present
        </button>
      )}
      <button
        ref={anchor}
        type="button"
        className={`btn btn-sm${open ? ' is-active' : ''}`}
        aria-expanded={open}
        title="The presentation's slides"
        onClick={() => setOpen((o) => !o)}
      >
        Slides
      </button>
      {open && (
        <Popover
          label="Slides"
          anchor={anchor}
          onClose={() => setOpen(false)}
          className="slide-popover"
          testId="slide-list"
        >
          <SlideList deck={deck} onPresent={mayPresent ? present : undefined} />
        </Popover>
      )}
    </div>
  );
}
