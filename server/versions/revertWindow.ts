import { z } from 'zod';

/** `POST /api/maps/:id/revert`: whose edits, over which window, and whether to apply or only preview. */
export const revertBody = z.strictObject({
  personId: z.string().min(1).max(64),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  /** "Since version X": the window starts when that version was taken, and the replay from it. */
  sinceVersion: z.string().min(1).max(64).optional(),
  apply: z.boolean(),
});
export type RevertBody = z.infer<typeof revertBody>;

/** `GET /api/maps/:id/editors?from=&to=`: both optional ISO times. */
export const editorsQuery = z.strictObject({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
export type EditorsQuery = z.infer<typeof editorsQuery>;

/** What the window needs to know of a version. */
export interface WindowVersion {
  readonly id: string;
  readonly reason: string;
  readonly takenAt: number;
  readonly editSeq: number;
}

export type ResolvedWindow =
  | { readonly ok: true; readonly base: WindowVersion; readonly from: number; readonly to: number }
  | { readonly ok: false; readonly status: 400 | 404 | 409; readonly error: string };

/**
 * The window a revert covers and the version its replay starts from. `sinceVersion` = from that
 * version's time, replayed from it; otherwise `from` (default: the latest session start, the usual
 * "undo what they did this session") and `to` (default: now), replayed from the newest version at
 * or before `from`. Edits older than every version cannot be replayed: the window then starts at
 * the oldest version, and the plan says so (`from` is the window actually used).
 */
export function resolveRevertWindow(
  versions: readonly WindowVersion[],
  request: { readonly from?: string; readonly to?: string; readonly sinceVersion?: string },
  now: number,
): ResolvedWindow {
  const oldestFirst = [...versions].sort((a, b) => a.takenAt - b.takenAt || a.editSeq - b.editSeq);
  const to = request.to === undefined ? now : Date.parse(request.to);
  if (request.sinceVersion !== undefined) {
    const base = oldestFirst.find((v) => v.id === request.sinceVersion);
    if (!base) return { ok: false, status: 404, error: `version ${request.sinceVersion} not found` };
    return window(base, base.takenAt, to);
  }
  const oldest = oldestFirst[0];
  if (!oldest) return { ok: false, status: 409, error: 'this map has no version to start a revert from yet' };
  const sessionStart = oldestFirst.findLast((v) => v.reason === 'session-start' && v.takenAt <= to);
  const from = Math.max(
    request.from === undefined ? (sessionStart ?? oldest).takenAt : Date.parse(request.from),
    oldest.takenAt,
  );
  const base = oldestFirst.findLast((v) => v.takenAt <= from) ?? oldest;
  return window(base, from, to);
}

function window(base: WindowVersion, from: number, to: number): ResolvedWindow {
  if (from > to) return { ok: false, status: 400, error: 'the window ends before it starts' };
  return { ok: true, base, from, to };
}
