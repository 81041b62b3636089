import { plainKey, register } from './register';

const isX = plainKey('x');

/**
 * X opens the value × effort matrix of the map's actions (client/editor/programme). Anyone may look;
 * re-scoring by drag is an edit and goes through the gate there. X is no channel's initial, so it
 * works with a card selected too.
 */
export const showMatrix = register({
  id: 'showMatrix',
  label: 'Value × effort matrix',
  needs: 'nothing',
  toolbar: { text: '▦', className: 'btn btn-sm btn-ghost', tip: 'Value × effort matrix of the actions' },
  keys: [
    {
      keys: ['X'],
      hint: 'Open the value × effort matrix of actions',
      // Never Ctrl/Cmd+X: that is cut.
      test: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && isX(e),
    },
  ],
  perform: (ctx) => ctx.actions.showMatrix(!ctx.store.getState().matrixOpen),
});

export const MATRIX_ACTIONS = [showMatrix];
