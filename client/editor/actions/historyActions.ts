import { leavePreview as backToLive, showHistory } from '../store/historyView';
import { register } from './register';
import type { KeyLike } from './types';

/**
 * Ctrl/Cmd+Alt+Shift+H opens version history, as in Google Docs, where people learnt it. `code`
 * catches a Mac's Option, which turns the H into another character.
 */
const isHistoryKey = (e: KeyLike): boolean =>
  (e.ctrlKey || e.metaKey) && e.altKey && e.shiftKey && (e.key.toLowerCase() === 'h' || e.code === 'KeyH');

/** History: views of the map's past. They change no map, so every role has them. */
export const toggleHistory = register({
  id: 'toggleHistory',
  label: 'Version history',
  needs: 'nothing',
  keys: [{ keys: ['Mod', 'Alt', 'Shift', 'H'], hint: 'Show or hide version history', test: isHistoryKey }],
  perform: (ctx) => showHistory(ctx.store, !ctx.store.getState().historyOpen),
});

/**
 * Esc while a version is previewed: back to the live map (before Esc clears the selection). From
 * anywhere but a field or a dialog: the focus is often on the History panel's row just clicked.
 */
export const leavePreview = register({
  id: 'leavePreview',
  label: 'Back to the live map',
  needs: 'nothing',
  keys: [
    {
      keys: ['Esc'],
      hint: 'While previewing a version: back to the live map',
      test: (e) => e.key === 'Escape',
      scope: 'page',
    },
  ],
  enabled: (ctx) => ctx.store.getState().preview !== null,
  perform: (ctx) => backToLive(ctx.store),
});

export const HISTORY_ACTIONS = [toggleHistory, leavePreview];
