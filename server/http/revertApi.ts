import { canEditMap } from '../../model';
import type { PersonRef, VersionSummary } from '../../model/history/historyTypes';
import type { HistoryStore } from '../persistence/HistoryStore';
import { readSeat } from '../policy/mapView';
import { mayFacilitate } from '../policy/policyRules';
import type { RoomManager } from '../rooms/RoomManager';
import type { MapSessions } from '../versions/MapSessions';
import type { VersionService } from '../versions/VersionService';
import { applyRevert } from '../versions/revertApply';
import { planRevert } from '../versions/revertEngine';
import type { RevertPlan } from '../versions/revertPlanTypes';
import { resolveRevertWindow, type EditorsQuery, type RevertBody } from '../versions/revertWindow';
import { HttpError } from './HttpError';
import type { Requester } from './linksApi';

export interface RevertDeps {
  readonly store: Pick<HistoryStore, 'listVersions' | 'versionStates' | 'listEdits'>;
  readonly rooms: Pick<RoomManager, 'withDoc' | 'readDoc' | 'get'>;
  readonly sessions: Pick<MapSessions, 'nameOf'>;
  readonly versions: Pick<VersionService, 'safetyVersion'>;
  /** The server's clock: the default end of a window. */
  readonly now: () => number;
}

/** A person who edited in the window, as `GET /api/maps/:id/editors` lists them. */
export interface EditorSummary extends PersonRef {
  readonly edits: number;
  readonly firstAt: string;
  readonly lastAt: string;
}

export interface RevertAnswer {
  readonly plan: RevertPlan;
  readonly applied: boolean;
  readonly safety: VersionSummary | null;
}

/**
 * Reverting one person's edits over HTTP (issue 17): who edited in a window, and the revert itself,
 * previewed (`apply: false`) or applied after a `before-revert` safety version. Only the facilitator
 * seat holder, the map's owner or the admin may do either (`authorize`): a revert rewrites other
 * people's work, so an editor's role is not enough.
 */
export class RevertApi {
  constructor(private readonly deps: RevertDeps) {}

  /** 403 `facilitator_only` unless the requester governs the map or is an editor holding its seat. */
  authorize(mapId: string, requester: Requester): void {
    if (requester.governs) return;
    const { person, grant } = requester;
    const holder = this.deps.rooms.readDoc(mapId, (doc) => readSeat(doc).holder)?.result;
    if (person.keyed && canEditMap(grant.role) && holder === person.id) return;
    throw new HttpError(
      403,
      "Only the facilitator or the map's owner can revert someone's edits.",
      {},
      'facilitator_only',
    );
  }

  /** Who edited the map in the window (default: since the latest session start), most edits first. */
  editors(mapId: string, query: EditorsQuery): { people: EditorSummary[] } {
    const { store, sessions, now } = this.deps;
    const window = resolveRevertWindow(store.listVersions(mapId), query, now());
    const from = window.ok ? window.from : 0;
    const to = window.ok ? window.to : now();
    const people = new Map<string, { edits: number; firstAt: number; lastAt: number }>();
    // Edits before the window's base version cannot fall in the window: not even read.
    for (const edit of store.listEdits(mapId, window.ok ? window.base.editSeq : 0)) {
      if (edit.personId === null || edit.at < from || edit.at > to) continue;
      const seen = people.get(edit.personId);
      if (seen) {
        seen.edits += 1;
        seen.lastAt = edit.at;
      } else people.set(edit.personId, { edits: 1, firstAt: edit.at, lastAt: edit.at });
    }
    const list = [...people].map(([id, p]) => ({
      id,
      name: sessions.nameOf(mapId, id),
      edits: p.edits,
      firstAt: new Date(p.firstAt).toISOString(),
      lastAt: new Date(p.lastAt).toISOString(),
    }));
    return { people: list.sort((a, b) => b.edits - a.edits || a.firstAt.localeCompare(b.firstAt)) };
  }

  /**
   * Plans the revert on the live doc and, with `apply`, takes a `before-revert` version and writes
   * the plan in one transaction attributed to `by`, all in one synchronous step: no edit can land
   * between the plan and the write, so the plan answered is what happened. A plan with nothing to
   * write writes nothing and takes no version. While the map is frozen, only whoever may facilitate
   * applies one (as for a restore).
   */
  async revert(mapId: string, body: RevertBody, by: string): Promise<RevertAnswer> {
    const { store, rooms, sessions, versions } = this.deps;
    const window = resolveRevertWindow(store.listVersions(mapId), body, this.deps.now());
    if (!window.ok) throw new HttpError(window.status, window.error);
    const base = store.versionStates(mapId, window.base.id);
    if (!base) throw new HttpError(404, `version ${window.base.id} not found`);
    const done = await rooms.withDoc(mapId, (live): RevertAnswer => {
      const { plan, writes, complete } = planRevert({
        base: base.map,
        edits: store.listEdits(mapId, window.base.editSeq),
        window: { personId: body.personId, from: window.from, to: window.to },
        live,
        nameOf: (id) => sessions.nameOf(mapId, id),
      });
      if (!complete) {
        throw new HttpError(
          409,
          'This window starts before the edits the server still keeps: choose a later start.',
          {},
          'history_incomplete',
        );
      }
      const nothing = writes.remove.length + writes.restore.length + writes.patch.length === 0;
      if (!body.apply || nothing) return { plan, applied: false, safety: null };
      const seat = readSeat(live);
      const holderPresent = seat.holder !== undefined && (rooms.get(mapId)?.hasPerson(seat.holder) ?? false);
      if (seat.frozen && !mayFacilitate(seat, { person: by, holderPresent })) {
        throw new HttpError(
          409,
          `The map is frozen by ${seat.holderName || 'the facilitator'}: only they can revert edits now.`,
          {},
          'map_frozen',
        );
      }
      const safety = versions.safetyVersion(mapId, 'before-revert', by);
      applyRevert(live, writes, { personId: by });
      return { plan, applied: true, safety };
    });
    if (!done) throw new HttpError(404, `map ${mapId} not found`);
    return done.result;
  }
}
