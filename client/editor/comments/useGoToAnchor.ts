import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import type { Anchor } from '../../../model';
import { fitMap } from '../viewport/fitMap';
import { useSession } from '../EditorContext';
import { drawnOf } from '../store/drawnLayout';
import { anchorRect } from './anchorRect';

/** Selects what a thread is about and pans the canvas to it; the map as a whole is fitted. */
export function useGoToAnchor(): (anchor: Anchor) => void {
  const { store } = useSession();
  const flow = useReactFlow();
  return useCallback(
    (anchor: Anchor) => {
      if (anchor.kind === 'map') {
        store.setState({ selection: null });
        void fitMap(flow, false);
        return;
      }
      // Where it is drawn; a card the variant view hides is found in the live layout.
      const rect = anchorRect(drawnOf(store).layout, anchor) ?? anchorRect(store.getState().layout, anchor);
      if (!rect) return;
      store.setState({ selection: { kind: anchor.kind, id: anchor.id } });
      void flow.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom: Math.max(flow.getZoom(), 0.8),
        duration: 300,
      });
    },
    [store, flow],
  );
}
