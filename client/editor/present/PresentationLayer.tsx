import { useEffect } from 'react';
import './present.css';
import { goToSlide, stopPresenting } from '../actions/presentSteps';
import { useEditor, useSession } from '../EditorContext';
import { useLocalUser } from '../presence/useLocalUser';
import { FollowerBar } from './FollowerBar';
import { PinnedLaneLabels } from './PinnedLaneLabels';
import { SlideCaption } from './SlideCaption';
import { SlideHighlights } from './SlideHighlights';
import { SlideMask } from './SlideMask';
import { TimerOverlay } from './TimerOverlay';
import { usePresentation } from './usePresentation';
import { useSlideFit } from './useSlideFit';

/**
 * The presentation over the canvas, on the presenter's screen and every follower's: fits the slide's
 * frame into this window, rings the slide's cards, pins the lane names, and shows the caption and a
 * large timer. Mount it once inside the canvas area; it shows nothing while nobody presents (but
 * "Rejoin presenter" while stepped out).
 */
export function PresentationLayer() {
  const { store } = useSession();
  const layout = useEditor((s) => s.layout);
  const holderId = useEditor((s) => s.map?.facilitation.facilitator?.userId ?? null);
  const me = useLocalUser().id;
  const view = usePresentation();
  const { mode, slide, frame, index, slides } = view;
  useSlideFit(mode === 'off' ? null : frame);

  // The presenter's slide was hidden or deleted meanwhile: go on from the first. Losing the seat
  // (someone took it over) ends the presentation: only the seat holder presents.
  const lost = mode === 'presenting' && slide === null && slides.length > 0;
  const unseated = mode === 'presenting' && holderId !== me;
  useEffect(() => {
    if (unseated) stopPresenting(store);
    else if (lost) goToSlide(store, () => 0);
  }, [store, lost, unseated]);

  if (mode === 'off') return <FollowerBar />;
  return (
    <>
      {frame && <SlideMask frame={frame} />}
      {slide && layout && <SlideHighlights slide={slide} layout={layout} />}
      {slide?.kind === 'stages' && layout && frame && <PinnedLaneLabels layout={layout} frame={frame} />}
      {slide && <SlideCaption slide={slide} index={index} count={slides.length} />}
      <TimerOverlay />
      <FollowerBar />
    </>
  );
}
