import { MAP_VARIANT_VIEWS } from '../../../model';
import { shownVariant } from './futureApi';
import { register } from './register';

/**
 * Shift+V steps the future-state view: Current → Future → Both (model/future). A view, not an edit:
 * every role has it; only on a map that holds a future state.
 */
export const cycleVariantView = register({
  id: 'cycleVariantView',
  label: 'Switch current / future / both',
  needs: 'nothing',
  keys: [
    {
      keys: ['Shift', 'V'],
      hint: 'Future state: switch Current / Future / Both',
      test: (e) => e.shiftKey && (e.key === 'V' || e.code === 'KeyV'),
    },
  ],
  enabled: (ctx) => ctx.store.getState().map?.settings.futureState === true,
  perform(ctx) {
    const now = shownVariant(ctx.store.getState());
    const next = MAP_VARIANT_VIEWS[(MAP_VARIANT_VIEWS.indexOf(now) + 1) % MAP_VARIANT_VIEWS.length]!;
    ctx.actions.setVariantView(next);
  },
});

/** Starts the map's future state (the toolbar's button and the map overview). */
export const startFutureState = register({
  id: 'startFutureState',
  label: 'Start future state',
  needs: 'editor',
  toolbar: {
    text: '+ Future',
    className: 'btn btn-sm btn-ghost',
    tip: 'Start a future-state version of this map (to-be cards and curve beside the current ones)',
  },
  enabled: (ctx) => ctx.store.getState().map?.settings.futureState !== true,
  perform: (ctx) => ctx.actions.startFutureState(),
});

export const FUTURE_ACTIONS = [cycleVariantView, startFutureState];
