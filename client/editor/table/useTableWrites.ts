import { useMemo } from 'react';
import * as model from '../../../model';
import { createCommandKit, type CommandKit } from '../actions/commandKit';
import { useSession } from '../EditorContext';

/**
 * The table's writes that have no single-record action: a bulk edit of the checked rows. They run
 * through the same command kit as every editor action (the permission gate, one undo step in this
 * person's history), calling the model's own commands, so peers see them live.
 */
export function tableWrites({ doc, run, map }: Pick<CommandKit, 'doc' | 'run' | 'map'>) {
  return {
    /**
     * Owner or channel of every checked card: one command per card inside one `run`, which the
     * UndoManager captures as one step (runAsStep stops capturing only before it).
     */
    setFields: (ids: readonly string[], patch: Pick<model.TouchpointEdit, 'owner' | 'channel'>) =>
      run(() => ids.forEach((id) => model.updateTouchpoint(doc, id, patch))),
    /** Moves the checked cards to a stage, each keeping its lane: one model command, one undo step. */
    setStage(ids: readonly string[], stageId: string) {
      const cards = map()?.touchpoints.filter((t) => ids.includes(t.id)) ?? [];
      return run(() =>
        model.moveTouchpoints(
          doc,
          cards.map((t) => ({ id: t.id, to: { stageId, laneId: t.laneId } })),
        ),
      );
    },
  };
}

export function useTableWrites() {
  const session = useSession();
  return useMemo(() => tableWrites(createCommandKit(session)), [session]);
}
