import type { JourneyMap } from '../journeyMap';
import { ACTION_STATUS_TRAITS, type Action } from '../records/action';
import type { Note } from '../records/note';
import { isoDay } from '../metrics/series';

/** Still to do: not done, not dropped. */
export function isOpenAction(a: Pick<Action, 'status'>): boolean {
  return ACTION_STATUS_TRAITS[a.status].open;
}

/** Open and due before `today` (a due date of today is not overdue yet). */
export function isOverdue(a: Pick<Action, 'status' | 'due'>, today: string): boolean {
  return isOpenAction(a) && a.due !== undefined && a.due < today;
}

/** What a map's actions add up to, for the header, the maps page and the health score. */
export interface ActionCounts {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
}

export function countMapActions(actions: readonly Action[], today: string = isoDay()): ActionCounts {
  let open = 0;
  let overdue = 0;
  for (const a of actions) {
    if (isOpenAction(a)) open++;
    if (isOverdue(a, today)) overdue++;
  }
  return { total: actions.length, open, overdue };
}

/** The overdue actions of each note (by note id), and of each card they address or whose note is tied to it. */
export interface OverdueIndex {
  readonly byNote: ReadonlyMap<string, readonly Action[]>;
  readonly byTouchpoint: ReadonlyMap<string, readonly Action[]>;
}

/** Where to flag overdue actions on the canvas: their note, and the touchpoints they concern. */
export function overdueIndex(map: Pick<JourneyMap, 'actions' | 'notes'>, today: string): OverdueIndex {
  const notes = new Map<string, Note>(map.notes.map((n) => [n.id, n]));
  const byNote = new Map<string, Action[]>();
  const byTouchpoint = new Map<string, Action[]>();
  const push = (m: Map<string, Action[]>, k: string, a: Action) => {
    const list = m.get(k);
    if (!list) m.set(k, [a]);
    else if (!list.includes(a)) list.push(a);
  };
  for (const a of map.actions) {
    if (!isOverdue(a, today)) continue;
    push(byNote, a.noteId, a);
    const tied = notes.get(a.noteId)?.touchpointId;
    if (tied !== undefined) push(byTouchpoint, tied, a);
    for (const id of a.touchpointIds ?? []) push(byTouchpoint, id, a);
  }
  return { byNote, byTouchpoint };
}
