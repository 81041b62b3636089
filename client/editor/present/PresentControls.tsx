import './slideList.css';
import { useMemo, useRef, useState } from 'react';
import { mayAct } from '../actions/gate';
import { startPresenting } from '../actions/presentSteps';
import { useEditor, useSession } from '../EditorContext';
import { Popover } from '../facilitation/Popover';
import { useFacilitation, useFacilitationActions, useMe } from '../facilitation/useFacilitation';
import { createDeckActions } from './deckActions';
import { SlideList } from './SlideList';

/**
 * "Present": the presentation's slides and the button that starts it, beside the map's other views. Presenting takes the
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

  // One button, so the header keeps its two rows at 1024 px: the popover starts the presentation
  // (from the start or from any slide) and holds the deck.
  return (
    <div className="present-controls">
      <button
        ref={anchor}
        type="button"
        className={`btn btn-sm${open ? ' is-active' : ''}`}
        aria-expanded={open}
        title="Present the map slide by slide; everyone here follows"
        onClick={() => setOpen((o) => !o)}
      >
        Present
      </button>
      {open && (
        <Popover
          label="Presentation"
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
