import type * as Y from 'yjs';
import { sameValue } from '../../model/defineDocLayout';
import { getRecord, rawRecords } from '../../model/docLayout';
import type { PersonRef } from '../../model/history/historyTypes';
import type { RecordRef, RevertPlan } from './revertPlanTypes';
import { plainRecord, plainValue } from '../../model/plainRecord';
import { readMap } from '../../model/readMap';
import type { JourneyMap } from '../../model/journeyMap';
import { fieldLabel, showValue, type ShowContext } from './revertFields';
import { REVERT_KINDS, recordTitle, type RevertCollection, type RevertKindTraits } from './revertKinds';
import { touchKey, UNREADABLE, type EditTimeline, type RevertWindow, type Touch } from './revertTimeline';

type PlainRecord = Readonly<Record<string, unknown>>;

/** What applying a plan writes, record by record: exactly what the plan lists, nothing else. */
export interface RevertWrites {
  readonly remove: ReadonlyArray<{ readonly collection: RevertCollection; readonly id: string }>;
  readonly restore: ReadonlyArray<{
    readonly collection: RevertCollection;
    readonly id: string;
    readonly record: PlainRecord;
  }>;
  readonly patch: ReadonlyArray<{
    readonly collection: RevertCollection;
    readonly id: string;
    readonly field: string;
    readonly value: unknown;
  }>;
}

export interface PlanInput {
  readonly timeline: EditTimeline;
  readonly window: RevertWindow;
  /** The map as it is now: what is still there, and each field's value now. */
  readonly live: Y.Doc;
  /** A person's name as the server last saw it ('' if never). */
  readonly nameOf: (personId: string) => string;
}

/**
 * Turns the replayed edits into a revert of one person's window:
 * - records they created in the window and still there are removed (with connections to a removed
 *   card, which would dangle; others' edits to such a record go with it: it is theirs to revert; a
 *   stage goes as a tombstone, so others' cards in it move next door);
 * - records they deleted in the window and still gone come back as they were just before their
 *   first deletion, with the fields they had changed in the window put back too; one they deleted
 *   and made again under its id (a route drawn again) gets those fields back;
 * - each field they changed goes back to its value just before their first change of it in the
 *   window: the window start's value, or the record's creation value when someone else created it
 *   in the window, and never undoing what someone else wrote into it earlier in the window;
 * - unless someone else (or they, after the window) changed that field after their last change, up
 *   to now, or the record has gone since: then it is listed in `kept` with who, and left alone.
 * A field already back at that value is neither listed nor written, so reverting twice changes
 * nothing the second time.
 */
export function buildRevertPlan(input: PlanInput): { plan: RevertPlan; writes: RevertWrites } {
  const { timeline, live } = input;
  const ctx = planContext(input);
  const byKey = groupByKey(timeline.touches);
  const created = new Set<string>();
  const restored = new Map<string, Restored>();
  /** Records the person deleted in the window and that are there again (re-made, same id). */
  const remade = new Map<string, Restored & { readonly touches: readonly Touch[] }>();
  /** When the person first deleted a record: later field touches were of another instance of it. */
  const deletedAt = new Map<string, number>();

  for (const [key, touches] of byKey) {
    const { collection: c, id, field } = touches[0]!;
    if (field !== null || !touches.some(ctx.isMine)) continue;
    if (timeline.existedBefore.get(key) === false) {
      created.add(key);
      if (isThere(live, c, id)) ctx.writes.remove.push({ collection: c, id });
      continue;
    }
    const firstDelete = touches.find((t) => ctx.isMine(t) && t.action === 'delete');
    const deleted = timeline.before.get(key) as PlainRecord | undefined;
    if (!firstDelete || !deleted) continue;
    deletedAt.set(key, firstDelete.seq);
    const record = { collection: c, id, record: { ...deleted } };
    if (!getRecord(live, c, id)) {
      if (touches.findLast(ctx.isMine)!.action === 'delete') restored.set(key, record);
    } else remade.set(key, { ...record, touches });
  }

  const removedCards = new Set(
    ctx.writes.remove.filter((r) => r.collection === 'touchpoints').map((r) => r.id),
  );
  ctx.cardThere = (cardId) =>
    !removedCards.has(cardId) &&
    (restored.has(touchKey('touchpoints', cardId, null)) ||
      getRecord(live, 'touchpoints', cardId) !== undefined);

  for (const [key, touches] of byKey) {
    const { collection: c, id, field } = touches[0]!;
    const recordKey = touchKey(c, id, null);
    if (field === null || created.has(recordKey)) continue;
    const firstMine = touches.find(ctx.isMine);
    if (!firstMine || firstMine.seq > (deletedAt.get(recordKey) ?? Infinity)) continue;
    const lastMine = touches.findLastIndex(ctx.isMine);
    const later = touches.slice(lastMine + 1).filter((t) => !ctx.isMine(t));
    const back = timeline.before.get(key);
    if (back === UNREADABLE) continue;
    const change: FieldChange = { c, id, field, back, later };
    const again = restored.get(recordKey) ?? remade.get(recordKey);
    if (again) foldIntoRestored(ctx, change, again);
    else planField(ctx, change, byKey.get(recordKey));
  }

  for (const r of remade.values()) planRemade(ctx, r, byKey);

  keepLinksWhole(live, ctx.writes, [...restored.values()]);
  buryTombstoned(ctx);
  const { plan, writes, ref } = ctx;
  for (const r of writes.remove) plan.remove.push(ref(r.collection, r.id));
  for (const r of writes.restore) plan.restore.push(ref(r.collection, r.id, r.record));
  plan.restore.push(...ctx.untombstoned);
  return { plan, writes };
}

/** A record the person deleted, coming back; its fields are put back as the plan goes. */
interface Restored {
  readonly collection: RevertCollection;
  readonly id: string;
  readonly record: Record<string, unknown>;
}

/** One field the person changed in the window: its value before them, and who touched it after. */
interface FieldChange {
  readonly c: RevertCollection;
  readonly id: string;
  readonly field: string;
  readonly back: unknown;
  readonly later: readonly Touch[];
}

type PlanContext = ReturnType<typeof planContext>;

function planContext({ window, live, nameOf }: PlanInput) {
  const ref = (c: RevertCollection, id: string, rec?: PlainRecord): RecordRef => ({
    kind: REVERT_KINDS[c].kind,
    id,
    title: recordTitle(c, id, rec ?? asPlain(getRecord(live, c, id))),
  });
  let map: JourneyMap | undefined;
  const show: ShowContext = { map: () => (map ??= readMap(live).map), titleOf: (c, id) => ref(c, id).title };
  const plan: Mutable<RevertPlan> = {
    personId: window.personId,
    from: new Date(window.from).toISOString(),
    to: new Date(window.to).toISOString(),
    remove: [],
    restore: [],
    fields: [],
    kept: [],
  };
  return {
    live,
    plan,
    writes: { remove: [], restore: [], patch: [] } as Mutable<RevertWrites>,
    /** Tombstoned records (stages) the revert brings back by a field. */
    untombstoned: [] as RecordRef[],
    ref,
    show,
    isMine: (t: Touch) => t.personId === window.personId && t.at >= window.from && t.at <= window.to,
    /** Whether a card will be there after the revert (set once the records are planned). */
    cardThere: (_id: string): boolean => true,
    person: (id: string | null): PersonRef => (id === null ? { id: '', name: '' } : { id, name: nameOf(id) }),
  };
}

/**
 * A record the person deleted and that is there again under its id (they drew a route again, a
 * paste put a card back): each field goes back to what it was before their deletion, unless someone
 * else changed it since it was re-made.
 */
function planRemade(
  ctx: PlanContext,
  r: Restored & { readonly touches: readonly Touch[] },
  byKey: ReadonlyMap<string, readonly Touch[]>,
): void {
  const { collection: c, id, record } = r;
  const remadeAt = r.touches.findLast((t) => t.action === 'add')?.seq ?? 0;
  const rec = getRecord(ctx.live, c, id);
  const fields = new Set([...Object.keys(record), ...(rec ? [...rec.keys()] : [])]);
  fields.delete('id');
  for (const field of fields) {
    const touches = byKey.get(touchKey(c, id, field)) ?? [];
    const later = touches.filter((t) => t.seq > remadeAt && !ctx.isMine(t));
    planField(ctx, { c, id, field, back: record[field], later }, r.touches);
  }
}

/** A field of a record coming back: put back too, unless someone changed it after the person. */
function foldIntoRestored(ctx: PlanContext, change: FieldChange, restored: Restored): void {
  const { c, id, field, back, later } = change;
  if (later.length > 0) {
    const by = ctx.person(later.at(-1)!.personId);
    const label = fieldLabel(c, field);
    ctx.plan.kept.push({ ...ctx.ref(c, id, restored.record), field, label, by, reason: 'changed-later' });
  } else if (back === undefined) delete restored.record[field];
  else restored.record[field] = back;
}

/** A field of a live record: back, kept (someone changed it later, or the record is gone), or nothing to do. */
function planField(ctx: PlanContext, change: FieldChange, recordTouches: readonly Touch[] | undefined): void {
  const { c, id, field, later } = change;
  // A link back to a card that will not be there is dropped, as deleting the card does.
  const optional = (REVERT_KINDS[c] as RevertKindTraits).optionalCardLinks;
  const back =
    optional.includes(field) && typeof change.back === 'string' && !ctx.cardThere(change.back)
      ? undefined
      : change.back;
  const label = fieldLabel(c, field);
  const rec = getRecord(ctx.live, c, id);
  if (!rec) {
    const gone = recordTouches?.findLast((t) => t.action === 'delete');
    const by = ctx.person(gone?.personId ?? null);
    ctx.plan.kept.push({ ...ctx.ref(c, id), field, label, by, reason: 'record-gone' });
    return;
  }
  const now = rec.has(field) ? plainValue(rec.get(field)) : undefined;
  if (sameValue(now, back)) return;
  if (later.length > 0) {
    const by = ctx.person(later.at(-1)!.personId);
    ctx.plan.kept.push({ ...ctx.ref(c, id), field, label, by, reason: 'changed-later' });
    return;
  }
  ctx.writes.patch.push({ collection: c, id, field, value: back });
  const tombstone = (REVERT_KINDS[c] as RevertKindTraits).tombstone;
  if (tombstone?.field === field && !back) ctx.untombstoned.push(ctx.ref(c, id));
  else if (!tombstone?.with.includes(field)) {
    const shown = (value: unknown) => showValue(c, id, field, value, ctx.show);
    ctx.plan.fields.push({ ...ctx.ref(c, id), field, label, now: shown(now), back: shown(back) });
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U[] : T[K] };

function groupByKey(touches: readonly Touch[]): Map<string, Touch[]> {
  const out = new Map<string, Touch[]>();
  for (const t of touches) {
    const key = touchKey(t.collection, t.id, t.field);
    const list = out.get(key);
    if (list) list.push(t);
    else out.set(key, [t]);
  }
  return out;
}

function asPlain(rec: Y.Map<unknown> | undefined): PlainRecord | undefined {
  const plain = rec ? plainRecord(rec) : undefined;
  return typeof plain === 'object' && plain !== null ? (plain as PlainRecord) : undefined;
}

/** Whether a record is there: present, and not a tombstone (a deleted stage). */
function isThere(live: Y.Doc, c: RevertCollection, id: string): boolean {
  const rec = getRecord(live, c, id);
  const tombstone = (REVERT_KINDS[c] as RevertKindTraits).tombstone;
  return rec !== undefined && !(tombstone && rec.get(tombstone.field) === true);
}

/** Records of a tombstoned kind (stages) are removed the model's way: listed as removed, written as a tombstone. */
function buryTombstoned(ctx: PlanContext): void {
  const writes = ctx.writes;
  writes.remove = writes.remove.filter((r) => {
    const tombstone = (REVERT_KINDS[r.collection] as RevertKindTraits).tombstone;
    if (!tombstone) return true;
    const sameKind = new Set(writes.remove.filter((x) => x.collection === r.collection).map((x) => x.id));
    for (const [field, value] of Object.entries(tombstone.bury(ctx.live, r.id, sameKind)))
      writes.patch.push({ collection: r.collection, id: r.id, field, value });
    ctx.plan.remove.push(ctx.ref(r.collection, r.id));
    return false;
  });
}

/**
 * Nothing the revert leaves points at a card that is not there: a connection to a card it removes
 * goes too (listed), a connection it would bring back to a card that is gone stays gone, and a
 * restored note's link to a gone card is dropped (the note stays on its stage), as when a card is
 * deleted by hand (`removeTouchpointRecord`).
 */
function keepLinksWhole(live: Y.Doc, writes: Mutable<RevertWrites>, restored: readonly Restored[]): void {
  const removedCards = new Set(writes.remove.filter((r) => r.collection === 'touchpoints').map((r) => r.id));
  const restoredCards = new Set(restored.filter((r) => r.collection === 'touchpoints').map((r) => r.id));
  const cardThere = (id: unknown) =>
    typeof id === 'string' &&
    !removedCards.has(id) &&
    (restoredCards.has(id) || getRecord(live, 'touchpoints', id) !== undefined);
  for (const [id, raw] of rawRecords(live, 'connections')) {
    const c = raw as { from?: unknown; to?: unknown } | null;
    const touchesRemoved = [c?.from, c?.to].some((end) => typeof end === 'string' && removedCards.has(end));
    if (touchesRemoved && !writes.remove.some((r) => r.collection === 'connections' && r.id === id))
      writes.remove.push({ collection: 'connections', id });
  }
  for (const r of restored) {
    if (r.collection === 'connections' && !(cardThere(r.record.from) && cardThere(r.record.to))) continue;
    if (r.collection === 'notes' && r.record.touchpointId !== undefined && !cardThere(r.record.touchpointId))
      delete r.record.touchpointId;
    writes.restore.push(r);
  }
}
