import type * as Y from 'yjs';
import { patchRecord } from '../../model/docLayout';
import { readMap, type MapLinkHolder } from '../../model';

/**
 * Test fixture (issue 21): links a stage or a touchpoint of `doc` to `childMapId` as the editor does,
 * one transaction (the UI's command is the client's; the server only reads the field).
 */
export function linkChild(doc: Y.Doc, holder: MapLinkHolder, holderId: string, childMapId: string): void {
  doc.transact(() => {
    patchRecord(doc, holder === 'stage' ? 'stages' : 'touchpoints', holderId, { childMapId });
  });
}

/** The id of the map's first stage. */
export function firstStageId(doc: Y.Doc): string {
  const stage = readMap(doc).map.stages[0];
  if (!stage) throw new Error('the map has no stage');
  return stage.id;
}
