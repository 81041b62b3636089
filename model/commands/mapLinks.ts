import type * as Y from 'yjs';
import { patchRecord, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { mapIdSchema, type MapLinkHolder } from '../records/mapLink';
import { CommandError, parseInput, requireRecord } from './commandSupport';

/** The stage or touchpoint that holds (or will hold) a link to a child map. */
export interface LinkHolderRef {
  readonly holder: MapLinkHolder;
  readonly id: string;
}

const HOLDER_COLLECTION = { stage: 'stages', touchpoint: 'touchpoints' } as const satisfies Record<
  MapLinkHolder,
  'stages' | 'touchpoints'
>;

/**
 * Links a stage or touchpoint to a child map (linked journeys, issue 21), or unlinks it (`null`).
 * One step; a deleted stage, an unknown holder or a malformed map id is refused with nothing written.
 * Whether the viewer may open the child is the server's business (the links API reports it).
 */
export function linkChildMap(doc: Y.Doc, ref: LinkHolderRef, mapId: string | null, origin?: Origin): void {
  const childMapId = mapId === null ? undefined : parseInput(mapIdSchema, mapId);
  const collection = HOLDER_COLLECTION[ref.holder];
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, collection, ref.id);
      if (rec.get('deleted') === true) throw new CommandError(`${ref.holder} ${ref.id} does not exist`);
      patchRecord(doc, collection, ref.id, { childMapId });
    },
    origin,
  );
}
