import { mapPath, navigate } from '../../app/router';
import type { EditorState } from '../store/editorStore';
import { register } from './register';

/** The child map of the selected touchpoint or stage, when it has one (linked journeys, issue 21). */
export function selectedChildMapId(state: EditorState): string | undefined {
  const { selection, map } = state;
  if (!map || !selection) return undefined;
  if (selection.kind === 'touchpoint') return map.touchpoints.find((t) => t.id === selection.id)?.childMapId;
  if (selection.kind === 'stage') return map.stages.find((s) => s.id === selection.id)?.childMapId;
  return undefined;
}

/** Opens the child map that details the selected card or stage (the card's ↳ chip does the same). */
export function openChildMap(mapId: string): void {
  navigate(mapPath(mapId));
}

/**
 * Shift+Enter on a selected card or stage with a linked journey opens that map. Anyone may look
 * (the child map checks its own access when it opens).
 */
export const openLinkedJourney = register({
  id: 'openLinkedJourney',
  label: 'Open linked journey',
  needs: 'nothing',
  keys: [
    {
      keys: ['Shift', 'Enter'],
      hint: 'Selected card or stage: open its linked journey',
      test: (e) => e.key === 'Enter' && e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey,
    },
  ],
  enabled: (ctx) => selectedChildMapId(ctx.store.getState()) !== undefined,
  perform(ctx) {
    const id = selectedChildMapId(ctx.store.getState());
    if (!id) return false;
    openChildMap(id);
  },
});

export const LINK_ACTIONS = [openLinkedJourney];
