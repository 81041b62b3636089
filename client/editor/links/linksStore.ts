import { create } from 'zustand';
import type { ChildLink, MapLinkHolder, MapLinksResponse } from '../../../model';

/**
 * The open map's links (GET /api/maps/:id/linked): its parents for the breadcrumb, its children
 * with access and roll-up for the chips and the panels. Fetched by `LinksLoader`; tagged with the
 * map it is for, so a map never shows the previous map's links while its own load.
 */
export interface LinksState {
  readonly mapId: string | null;
  readonly status: 'loading' | 'ready' | 'error';
  readonly links: MapLinksResponse | null;
}

export const useLinksStore = create<LinksState>(() => ({ mapId: null, status: 'loading', links: null }));

/** What a chip shows for one link: 'loading' until the server answered for this map. */
export type ChildLinkView = ChildLink | 'loading' | 'unknown';

/**
 * The server's view of the link a holder has to `childMapId`: 'loading' while it is asked, 'unknown'
 * when the answer does not have it yet (just linked: the next fetch will) or the load failed.
 */
export function childLinkIn(
  state: LinksState,
  mapId: string,
  holder: MapLinkHolder,
  holderId: string,
  childMapId: string,
): ChildLinkView {
  if (state.mapId !== mapId || !state.links) return state.status === 'error' ? 'unknown' : 'loading';
  return (
    state.links.children.find(
      (c) => c.holder === holder && c.holderId === holderId && c.mapId === childMapId,
    ) ?? 'unknown'
  );
}
