import { NOTE_KIND_TRAITS, NOTE_KINDS, type NoteKind } from '../../../model';
import { selectedCard } from './selectedCard';
import { plainKey, register } from './register';

/** Adding to the map: stages, cards and notes (the toolbar's first group). */
export const addStage = register({
  id: 'addStage',
  label: 'Add stage',
  needs: 'editor',
  toolbar: { text: '+ Stage', className: 'btn btn-sm' },
  keys: [
    {
      keys: ['S'],
      hint: 'Add a stage (with no card selected)',
      // With a card selected, S is a channel's initial (cardActions.ts), not a new stage.
      test: plainKey('s'),
      when: (ctx) => !selectedCard(ctx.store.getState()),
    },
  ],
  perform: (ctx) => void ctx.actions.addStage(),
});

export const addTouchpoint = register({
  id: 'addTouchpoint',
  label: 'Add touchpoint',
  needs: 'editor',
  toolbar: { text: '+ Touchpoint', className: 'btn btn-sm btn-primary' },
  keys: [{ keys: ['N'], hint: 'Add a touchpoint (type its title straight away)', test: plainKey('n') }],
  perform: (ctx) => void ctx.actions.addTouchpoint(),
});

/** Double-click: the canvas's cells and cards handle it (canvas/), listed here for the sheet. */
export const addByDoubleClick = register({
  id: 'addByDoubleClick',
  label: 'Add a card in a cell, or type on a card',
  needs: 'editor',
  keys: [{ keys: ['Double-click'], handledBy: 'canvas (cells and cards)' }],
});

/** One "+ Pain point"-style button per note kind, from the note kinds' table. */
export const addNotes = NOTE_KINDS.map((kind: NoteKind) =>
  register({
    id: `addNote:${kind}`,
    label: `Add ${NOTE_KIND_TRAITS[kind].noun}`,
    needs: 'editor',
    toolbar: { text: `+ ${NOTE_KIND_TRAITS[kind].label}`, className: 'btn btn-sm' },
    perform: (ctx) => void ctx.actions.addNote(kind),
  }),
);

/** The order the sheet lists them in (the toolbar's order is its own). */
export const ADD_ACTIONS = [addTouchpoint, addByDoubleClick, addStage, ...addNotes];
