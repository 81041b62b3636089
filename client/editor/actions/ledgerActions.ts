import { register } from './register';

/**
 * Shift+F opens the "Failure demand" report (client/editor/insights/ledger): a view, so every role
 * has it; creating an action from it is a map write and passes the gate on its own.
 */
export const showLedger = register({
  id: 'showLedger',
  label: 'Failure demand',
  needs: 'nothing',
  toolbar: {
    text: 'Failure demand',
    className: 'btn btn-sm btn-ghost',
    tip: 'Failure demand: avoidable contacts into the hubs and what causes them',
  },
  keys: [
    {
      keys: ['Shift', 'F'],
      hint: 'Failure demand report',
      test: (e) => e.shiftKey && (e.key === 'F' || e.code === 'KeyF'),
    },
  ],
  perform: (ctx) => ctx.actions.showLedger(!ctx.store.getState().ledgerOpen),
});

export const LEDGER_ACTIONS = [showLedger];
