import * as Y from 'yjs';
import { readMap, readMapInfo } from '../../model';
import { readComments, type CommentsSnapshot } from '../../model/comments';
import {
  buildReadout,
  readoutMarkdown,
  readState,
  readTimerRuns,
  readVoteResults,
  VERSION_REASON_LABELS,
  type Readout,
} from '../../model/history';
import type { VersionRecord } from '../persistence/HistoryStore';
import type { MapStore } from '../persistence/MapStore';
import type { RoomManager } from '../rooms/RoomManager';
import type { VersionTaker } from './VersionTaker';

/** One end of a readout: the map and its comments at that moment, and what to call it. */
interface ReadoutEnd {
  readonly mapState: Uint8Array;
  readonly commentsState: Uint8Array;
  readonly at: number;
  readonly label: string;
}

export type ReadoutResult =
  | { readonly ok: true; readonly readout: Readout; readonly markdown: string }
  | { readonly ok: false; readonly missing: string };

const EMPTY_STATE = new Uint8Array([0, 0]);

/**
 * The workshop readout over HTTP, without HTTP: from a version (by default the latest session start)
 * to another version or to the map as it is now. Both ends are full states read into fresh docs, so
 * the figures are exact and the live map is only read. Vote results and timer runs are records in
 * the later end's doc; `buildReadout` keeps those inside the window.
 */
export class ReadoutService {
  constructor(
    private readonly store: MapStore,
    private readonly rooms: RoomManager,
    private readonly taker: VersionTaker,
  ) {}

  /** `from` / `to`: version ids; `to` 'now' or absent is the live map. */
  readout(mapId: string, fromId: string | undefined, toId: string | undefined): ReadoutResult | undefined {
    if (!this.store.getMap(mapId)) return undefined;
    const versions = this.store.listVersions(mapId);
    const fromVersion = fromId
      ? versions.find((v) => v.id === fromId)
      : (versions.find((v) => v.reason === 'session-start') ?? versions.at(-1));
    if (fromId && !fromVersion) return { ok: false, missing: fromId };
    const to = toId && toId !== 'now' ? versions.find((v) => v.id === toId) : undefined;
    if (toId && toId !== 'now' && !to) return { ok: false, missing: toId };
    const end = to ? this.versionEnd(mapId, to) : this.liveEnd(mapId);
    if (!end) return undefined;
    const start = fromVersion ? this.versionEnd(mapId, fromVersion) : end;
    if (!start) return { ok: false, missing: fromId ?? 'session start' };
    const readout = readoutBetween(start, end);
    return { ok: true, readout, markdown: readoutMarkdown(readout) };
  }

  private versionEnd(mapId: string, version: VersionRecord): ReadoutEnd | undefined {
    const states = this.store.versionStates(mapId, version.id);
    if (!states) return undefined;
    return {
      mapState: states.map,
      commentsState: states.comments,
      at: version.takenAt,
      label: version.name ?? VERSION_REASON_LABELS[version.reason],
    };
  }

  private liveEnd(mapId: string): ReadoutEnd | undefined {
    const map = this.rooms.readDoc(mapId, (doc) => Y.encodeStateAsUpdate(doc));
    if (!map) return undefined;
    return {
      mapState: map.result,
      commentsState: this.taker.stateOf(mapId, 'comments') ?? EMPTY_STATE,
      at: Date.now(),
      label: 'Now',
    };
  }
}

/** Reads both ends into fresh docs (migrated like a loaded room) and builds the readout. */
function readoutBetween(start: ReadoutEnd, end: ReadoutEnd): Readout {
  const before = readEnd(start);
  const after = readEnd(end);
  return buildReadout({
    title: after.title,
    before: before.map,
    after: after.map,
    commentsBefore: before.comments,
    commentsAfter: after.comments,
    voteResults: after.voteResults,
    timerRuns: after.timerRuns,
    from: { at: new Date(start.at).toISOString(), label: start.label },
    to: { at: new Date(end.at).toISOString(), label: end.label },
  });
}

function readEnd(end: ReadoutEnd) {
  const read = readState(end.mapState, (doc) => ({
    title: readMapInfo(doc).title,
    map: readMap(doc).map,
    voteResults: readVoteResults(doc),
    timerRuns: readTimerRuns(doc),
  }));
  const commentsDoc = new Y.Doc();
  try {
    Y.applyUpdate(commentsDoc, end.commentsState);
    const comments: CommentsSnapshot = readComments(commentsDoc, read.map).comments;
    return { ...read, comments };
  } finally {
    commentsDoc.destroy();
  }
}
