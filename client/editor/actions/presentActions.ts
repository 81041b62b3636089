import { goToSlide, isFollowing, isPresenting, setSteppedOut, stopPresenting } from './presentSteps';
import { plainKey, register } from './register';
import type { ActionContext, KeyBinding } from './types';

const presenting = (ctx: ActionContext) => isPresenting(ctx.store.getState());

/**
 * The presenter's keys, live only while this tab presents (which takes the facilitator's seat, hence
 * `seat`: a viewer's sheet does not list them). `page` scope: after a click on the
 * presenter's own buttons the focus is on a button, and the keys must still step. Caught on the
 * way down, so the arrows never also move a card.
 */
const slideKey = (keys: string[], hint: string, test: string[]): KeyBinding => ({
  keys,
  hint,
  test: plainKey(...test),
  when: presenting,
  scope: 'page',
  capture: true,
});

export const nextSlide = register({
  id: 'nextSlide',
  label: 'Next slide',
  needs: 'seat',
  keys: [
    slideKey(['→'], 'Presenting: next slide', ['ArrowRight']),
    slideKey(['PageDown'], 'Presenting: next slide', ['PageDown']),
    slideKey(['Space'], 'Presenting: next slide', [' ']),
  ],
  perform: (ctx) => goToSlide(ctx.store, (at) => at + 1),
});

export const previousSlide = register({
  id: 'previousSlide',
  label: 'Previous slide',
  needs: 'seat',
  keys: [
    slideKey(['←'], 'Presenting: previous slide', ['ArrowLeft']),
    slideKey(['PageUp'], 'Presenting: previous slide', ['PageUp']),
  ],
  perform: (ctx) => goToSlide(ctx.store, (at) => at - 1),
});

export const firstSlide = register({
  id: 'firstSlide',
  label: 'First slide',
  needs: 'seat',
  keys: [slideKey(['Home'], 'Presenting: first slide', ['Home'])],
  perform: (ctx) => goToSlide(ctx.store, () => 0),
});

export const lastSlide = register({
  id: 'lastSlide',
  label: 'Last slide',
  needs: 'seat',
  keys: [slideKey(['End'], 'Presenting: last slide', ['End'])],
  perform: (ctx) => goToSlide(ctx.store, (_at, count) => count - 1),
});

export const endPresentation = register({
  id: 'endPresentation',
  label: 'End the presentation',
  needs: 'seat',
  keys: [{ ...slideKey(['Esc'], 'Presenting: end the presentation', ['Escape']), keepDefault: true }],
  perform: (ctx) => stopPresenting(ctx.store),
});

export const stepOut = register({
  id: 'stepOut',
  label: 'Step out of the presentation',
  needs: 'nothing',
  keys: [
    {
      keys: ['Esc'],
      hint: 'Following a presentation: step out (then "Rejoin presenter")',
      test: plainKey('Escape'),
      when: (ctx) => isFollowing(ctx.store.getState()),
      scope: 'page',
      keepDefault: true,
    },
  ],
  perform: (ctx) => setSteppedOut(ctx.store, true),
});

/** Before the history and view actions: while presenting, Esc ends it and the arrows step. */
export const PRESENT_ACTIONS = [nextSlide, previousSlide, firstSlide, lastSlide, endPresentation, stepOut];
