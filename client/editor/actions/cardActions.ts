import { CHANNEL_INITIALS, channelForKey } from '../cardKeys';
import { selectedCard } from './selectedCard';
import { modKey, plainKey, register } from './register';

/** Enter on a button inside the canvas presses that button, nothing more. */
const onButton = (target: EventTarget | null | undefined): boolean =>
  typeof HTMLButtonElement !== 'undefined' && target instanceof HTMLButtonElement;

/** Typing on the selected card, note or stage name; its card keys; copies. */
export const startEditing = register({
  id: 'startEditing',
  label: 'Type on the selected card',
  needs: 'editor',
  keys: [
    {
      keys: ['Enter'],
      hint: 'Type on the selected card (Enter again keeps it)',
      test: (e) => e.key === 'Enter' && !onButton(e.target),
    },
    { keys: ['F2'], hint: 'Type on the selected card, or rename the stage', test: plainKey('F2') },
  ],
  enabled: (ctx) => ctx.store.getState().selection !== null,
  perform(ctx) {
    const sel = ctx.store.getState().selection;
    if (sel?.kind === 'stage') ctx.actions.startRenamingStage(sel.id);
    else if (sel?.kind === 'touchpoint' || sel?.kind === 'note') ctx.actions.startEditing(sel.kind, sel.id);
  },
});

export const tabThroughCard = register({
  id: 'tabThroughCard',
  label: 'Next field of the card',
  needs: 'editor',
  keys: [
    {
      keys: ['Tab'],
      hint: 'While typing on a card: title → channel → emotion → next card',
      handledBy: 'text/useInPlaceText',
    },
  ],
});

/** With one card selected, a channel's initial sets its channel (again to cycle). */
export const channelByKey = register({
  id: 'channelByKey',
  label: 'Set the channel',
  needs: 'editor',
  keys: [
    {
      keys: ['P', 'W', 'C', '…'],
      hint: 'Selected card: channel by its initial (again to cycle)',
      test: (e) => e.key.length === 1 && CHANNEL_INITIALS.has(e.key.toLocaleLowerCase()),
    },
  ],
  enabled: (ctx) => !!selectedCard(ctx.store.getState()),
  perform(ctx) {
    const card = selectedCard(ctx.store.getState());
    const channel = card && ctx.key && channelForKey(card.channel, ctx.key.key);
    if (!card || !channel) return false;
    ctx.actions.setChannel(card.id, channel);
  },
});

/** -2…+2 over one or two keys (cardKeys.ts); every other printable key resets a pending sign. */
export const emotionByKey = register({
  id: 'emotionByKey',
  label: 'Set the emotion',
  needs: 'editor',
  keys: [{ keys: ['-2', '…', '+2'], hint: 'Selected card: emotion', test: (e) => e.key.length === 1 }],
  enabled: (ctx) => !!selectedCard(ctx.store.getState()),
  perform(ctx) {
    const card = selectedCard(ctx.store.getState());
    const score = card && ctx.key ? ctx.emotionKeys(ctx.key.key) : undefined;
    if (!card || score === undefined) return false;
    if (score !== 'pending') ctx.actions.setShownEmotion(card.id, score);
  },
});

export const duplicateSelection = register({
  id: 'duplicateSelection',
  label: 'Duplicate',
  needs: 'editor',
  // The browser's "bookmark this page" is prevented.
  keys: [{ keys: ['Mod', 'D'], hint: 'Duplicate the selected card or note', test: modKey('d') }],
  perform: (ctx) => ctx.actions.duplicateSelection(),
});

/** Anyone may copy: the DOM copy event (useClipboard.ts), so the browser's menus work too. */
export const copySelection = register({
  id: 'copySelection',
  label: 'Copy',
  needs: 'nothing',
  keys: [{ keys: ['Mod', 'C'], hint: 'Copy the selected cards and notes', handledBy: 'useClipboard (copy)' }],
});

export const pasteIntoCell = register({
  id: 'pasteIntoCell',
  label: 'Paste',
  needs: 'editor',
  keys: [
    {
      keys: ['Mod', 'V'],
      hint: 'Paste into the clicked cell (text: a card per line)',
      handledBy: 'useClipboard (paste)',
    },
  ],
});

/** In the sheet's order: how to type on a card, then the keys for a selected card. */
export const CARD_ACTIONS = [
  startEditing,
  tabThroughCard,
  // Emotion first: every printable key reaches its parser (a letter resets a pending "-").
  emotionByKey,
  channelByKey,
  duplicateSelection,
  copySelection,
  pasteIntoCell,
];
