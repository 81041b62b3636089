import { register } from './register';

/**
 * Shift+F opens or closes the "Failure demand" report (client/editor/insights/ledger; the header's
 * LedgerButton does the same): a view, so every role has it; "Create action" in it is a map write
 * and passes the gate on its own.
 */
export const showLedger = register({
  id: 'showLedger',
  label: 'Failure demand',
  needs: 'nothing',
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
