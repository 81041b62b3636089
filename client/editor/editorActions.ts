import type { MapSession } from './session/createMapSession';
import { createCommandKit } from './actions/commandKit';
import { ledgerApi } from './actions/ledgerApi';
import { linkApi } from './actions/linkApi';
import { recordApi } from './actions/recordApi';
import { followUpApi } from './actions/followUpApi';
import { futureApi } from './actions/futureApi';
import { selectionApi } from './actions/selectionApi';
import { textApi } from './actions/textApi';

/**
 * User intent → model command → Y.Doc: the API the panels, the canvas and the registry's actions
 * (actions/registry.ts) call. The only place the editor writes the document; every write passes
 * the one permission gate (actions/gate.ts) and a refused command (CommandError) becomes a visible
 * message instead of an exception. Domain rules (where a new card goes, what an arrow moves, what
 * Delete removes) are model commands; this only wires them to the session.
 */
export function createEditorActions(session: MapSession) {
  const kit = createCommandKit(session);
  return {
    ...selectionApi(kit),
    ...textApi(kit),
    ...recordApi(kit),
    ...ledgerApi(kit),
    ...followUpApi(kit),
    ...linkApi(kit),
    ...futureApi(kit),
  };
}

export type EditorActions = ReturnType<typeof createEditorActions>;
