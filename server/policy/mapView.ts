import * as Y from 'yjs';
import {
  collection,
  COLLECTIONS,
  HISTORY_COLLECTIONS,
  metaMap,
  readSchemaVersion,
} from '../../model/docLayout';
import { facilitatorSchema, isNewerSchema, voteSessionSchema } from '../../model';
import { plainValue } from '../../model/plainRecord';
import type { ChangePath } from './changedPaths';
import { FACILITATOR_KEYS, SERVER_KEYS, type MapView } from './policyRules';

/** The meta keys a client's write is judged on: the facilitator's and the server's. */
const GUARDED_META: readonly string[] = [...FACILITATOR_KEYS, ...SERVER_KEYS];
import { restoreEntry, restoreInto, snapshotEntry, snapshotValue, type TypeSnapshot } from './typeSnapshot';

const CARD_KINDS = ['touchpoints', 'notes'] as const;

/** A card collection as the untyped map it really is (anyone may put anything under a key). */
function cardMap(doc: Y.Doc, kind: (typeof CARD_KINDS)[number]): Y.Map<unknown> {
  return collection(doc, kind) as unknown as Y.Map<unknown>;
}

/** Who holds the seat and whether the map is frozen: four meta keys, cheap to read for every write. */
export function readSeat(doc: Y.Doc): Pick<MapView, 'holder' | 'holderName' | 'frozen'> {
  const meta = metaMap(doc);
  const raw = meta.get('facilitator');
  // Most maps have no seat most of the time: a failed safeParse builds its issues (~10 µs per
  // write, under T8's 250 writes a second), so an empty seat is not parsed at all.
  const seat = raw === undefined ? undefined : facilitatorSchema.safeParse(plainValue(raw));
  return {
    holder: seat?.success ? seat.data.userId : undefined,
    holderName: seat?.success ? seat.data.name : '',
    frozen: meta.has('frozen'),
  };
}

/**
 * The parts of a map doc the facilitation rules judge, read as plain values. Reading costs one pass
 * over the ballots and one `get('locked')` per card: read only for an update that reaches them
 * (`reachesMapGuards`).
 */
export function readMapView(doc: Y.Doc): MapView {
  const meta = metaMap(doc);
  const json: MapView['meta'] = {};
  for (const key of FACILITATOR_KEYS) {
    if (meta.has(key)) json[key] = JSON.stringify(plainValue(meta.get(key))) ?? 'undefined';
  }
  const vote = voteSessionSchema.safeParse(plainValue(meta.get('vote')));
  const votes = new Map<string, Record<string, unknown>>();
  collection(doc, 'votes').forEach((value: unknown, key: string) => {
    const plain = plainValue(value);
    votes.set(
      key,
      typeof plain === 'object' && plain !== null ? (plain as Record<string, unknown>) : { value: plain },
    );
  });
  const lockedCards: MapView['lockedCards'] = new Map();
  for (const kind of CARD_KINDS) {
    collection(doc, kind).forEach((card: unknown, id: string) => {
      if (!(card instanceof Y.Map) || !card.has('locked')) return;
      const place = JSON.stringify([card.get('stageId'), card.get('laneId'), card.get('order')]);
      lockedCards.set(`${kind}/${id}`, { locked: JSON.stringify(plainValue(card.get('locked'))), place });
    });
  }
  const history: MapView['history'] = new Map();
  for (const name of HISTORY_COLLECTIONS) {
    collection(doc, name).forEach((value: unknown, id: string) => {
      history.set(`${name}/${id}`, JSON.stringify(plainValue(value)) ?? 'undefined');
    });
  }
  return {
    meta: json,
    newerSchema: isNewerSchema(readSchemaVersion(doc)),
    ...readSeat(doc),
    vote: vote.success
      ? { id: vote.data.id, votesPerPerson: vote.data.votesPerPerson, open: vote.data.status === 'open' }
      : undefined,
    votes,
    lockedCards,
    history,
  };
}

/** The fields that place a card: a locked card keeps them (see `MapView.lockedCards`). */
const PLACE_FIELDS: ReadonlyArray<string | null> = ['stageId', 'laneId', 'order'];

/**
 * Whether a change at `path` can alter what `readMapView` reads: a facilitator key of meta (or
 * anything inside one), any ballot, any vote result or timer run, any card's `locked` field, and a locked card's place or the
 * locked card itself (replaced or deleted). Typing into a locked card's title reaches none of them.
 * Decided on the doc before the update.
 */
export function reachesMapGuards(doc: Y.Doc, { root, keys }: ChangePath): boolean {
  const [key = null, field = null] = keys;
  if (root === metaMap(doc)) return key === null || GUARDED_META.includes(key);
  if (root === collection(doc, 'votes')) return true;
  if (HISTORY_COLLECTIONS.some((name) => root === collection(doc, name))) return true;
  for (const kind of CARD_KINDS) {
    if (root !== collection(doc, kind)) continue;
    if (field === 'locked') return true;
    if (keys.length > 1 && !PLACE_FIELDS.includes(field)) return false;
    const card = key === null ? undefined : cardMap(doc, kind).get(key);
    return card instanceof Y.Map && card.has('locked');
  }
  return false;
}

/** What a rejected write puts back: the facilitator keys, the ballots, the locked cards, the history. */
export interface MapGuardSnapshot {
  meta: Map<string, TypeSnapshot | undefined>;
  votes: TypeSnapshot;
  history: TypeSnapshot[];
  cards: Array<{ kind: (typeof CARD_KINDS)[number]; id: string; entry: TypeSnapshot | undefined }>;
}

/** Captures the guarded parts before an update is applied (cards: those with a `locked` field). */
export function snapshotMapGuarded(doc: Y.Doc): MapGuardSnapshot {
  const meta = metaMap(doc);
  const cards: MapGuardSnapshot['cards'] = [];
  for (const kind of CARD_KINDS) {
    const cardsOfKind = cardMap(doc, kind);
    cardsOfKind.forEach((card: unknown, id: string) => {
      if (card instanceof Y.Map && card.has('locked'))
        cards.push({ kind, id, entry: snapshotEntry(cardsOfKind, id) });
    });
  }
  return {
    meta: new Map(GUARDED_META.map((key) => [key, snapshotEntry(meta, key)])),
    votes: snapshotValue(collection(doc, 'votes')),
    history: HISTORY_COLLECTIONS.map((name) => snapshotValue(collection(doc, name))),
    cards,
  };
}

/**
 * Puts the guarded parts back as `snap` captured them, inside the rejected update's transaction.
 * A card that gained a `locked` field it did not have loses it again.
 */
export function restoreMapGuarded(doc: Y.Doc, snap: MapGuardSnapshot): void {
  const meta = metaMap(doc);
  for (const [key, entry] of snap.meta) restoreEntry(meta, key, entry);
  restoreInto(snap.votes);
  for (const root of snap.history) restoreInto(root);
  const had = new Set(snap.cards.map((c) => `${c.kind}/${c.id}`));
  for (const { kind, id, entry } of snap.cards) restoreEntry(cardMap(doc, kind), id, entry);
  for (const kind of CARD_KINDS) {
    collection(doc, kind).forEach((card: unknown, id: string) => {
      if (card instanceof Y.Map && card.has('locked') && !had.has(`${kind}/${id}`)) card.delete('locked');
    });
  }
}

/** Every root of the map layout, for a frozen map: a participant's write is undone whole. */
export function snapshotWholeMap(doc: Y.Doc): TypeSnapshot[] {
  return [metaMap(doc), ...COLLECTIONS.map((name) => collection(doc, name))].map((m) => snapshotValue(m));
}
