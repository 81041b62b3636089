import type * as Y from 'yjs';
import { readMapInfo } from '../../model';
import type { MapTouch } from '../persistence/MapStore';

/**
 * What a map edit changes in the map's row: it moves the map up the maps list and keeps its stored
 * title current. (The comments doc is opaque to the server and has no row of its own: a comment
 * leaves the map's row alone, so its room has no `MapRowTouch`.)
 */
export class MapRowTouch {
  /** @param title maps.title as stored; if it differs from the doc's title, the next write corrects it. */
  constructor(
    private title: string,
    private readonly now: () => number,
  ) {}

  /** The touch stored with an update made now. */
  next(doc: Y.Doc): MapTouch {
    const title = readMapInfo(doc).title;
    const touch = { updatedAt: this.now(), title: title !== this.title ? title : undefined };
    // Counted as stored now, so the next update does not write the same title again.
    this.title = title;
    return touch;
  }
}
