/**
 * The write rules the server enforces on a client's update, as pure functions of what the guarded
 * parts of a doc held before and after it (plain values, see mapView.ts and commentsView.ts).
 * Each returns the first rule broken, or undefined. The rule names are sent to the client.
 */
export type PolicyRule =
  | 'facilitator-only'
  | 'seat-claim'
  | 'ballot-owner'
  | 'vote-closed'
  | 'vote-budget'
  | 'card-locked'
  | 'frozen'
  | 'comment-author'
  | 'thread-author'
  | 'resolve-as-self'
  | 'people-self'
  | 'schema-version'
  | 'history-record';

export interface Violation {
  rule: PolicyRule;
  reason: string;
}

/**
 * Meta keys only the server writes: the schema version (migrations set it). A client that raised it
 * would lock everyone out of the map at its next load (the server refuses a newer format).
 */
export const SERVER_KEYS = ['schemaVersion'] as const;

/** Meta keys only the facilitator writes (whole values, last writer wins). */
export const FACILITATOR_KEYS = ['facilitator', 'structureLocked', 'vote', 'timer', 'frozen'] as const;
export type FacilitatorKey = (typeof FACILITATOR_KEYS)[number];

/** The guarded parts of a map doc as plain values; JSON strings make "changed" one comparison. */
export interface MapView {
  /** JSON of each facilitator key (absent keys left out). */
  meta: Partial<Record<FacilitatorKey, string>>;
  /** The seat holder's person id, if the seat is held by a well-formed value. */
  holder: string | undefined;
  /** The holder's display name, for messages. */
  holderName: string;
  /** meta.schemaVersion is newer than this server's. */
  newerSchema: boolean;
  /** meta.frozen is set: only the facilitator writes the map. */
  frozen: boolean;
  /** The running vote, if well-formed. */
  vote: { id: string; votesPerPerson: number; open: boolean } | undefined;
  /** Ballots by key, as plain objects (or whatever junk sits there). */
  votes: Map<string, Record<string, unknown>>;
  /** Cards (`touchpoints/<id>`, `notes/<id>`) that carry a `locked` field, with their place. */
  lockedCards: Map<string, { locked: string; place: string }>;
  /** Vote results and timer runs (`voteResults/<id>`, `timerRuns/<id>`), each as JSON. */
  history: Map<string, string>;
}

export interface Writer {
  /** The person id the server stamped on the connection. */
  person: string;
  /** The seat holder is connected to this room (a seat whose holder left is free). */
  holderPresent: boolean;
}

/** The holder, or anyone while the seat is free (empty, or its holder not connected). */
export function mayFacilitate(before: Pick<MapView, 'holder'>, writer: Writer): boolean {
  return before.holder === undefined || before.holder === writer.person || !writer.holderPresent;
}

/** Checks a write to the map doc's facilitation fields, ballots and card locks. */
export function checkMapWrite(before: MapView, after: MapView, writer: Writer): Violation | undefined {
  if (after.newerSchema && !before.newerSchema) {
    return { rule: 'schema-version', reason: 'clients may not change the schema version' };
  }
  const facilitates = mayFacilitate(before, writer);
  const onlyHolder = `only the facilitator${before.holderName ? ` (${before.holderName})` : ''} can do that`;
  for (const key of FACILITATOR_KEYS) {
    if (before.meta[key] === after.meta[key]) continue;
    if (!facilitates) return { rule: 'facilitator-only', reason: onlyHolder };
    // A free seat is taken by oneself; only the holder hands it to someone else.
    if (key === 'facilitator' && before.holder !== writer.person && after.meta.facilitator !== undefined) {
      if (after.holder !== writer.person) {
        return { rule: 'seat-claim', reason: 'a free seat can only be taken for yourself' };
      }
    }
  }
  return (
    checkBallots(before, after, writer, facilitates) ??
    checkCardLocks(before, after, facilitates) ??
    checkHistory(before, after, facilitates)
  );
}

/**
 * Vote results and timer runs are what a workshop decided and did: the facilitator's commands add
 * them, and nobody (the facilitator included) changes or deletes one afterwards.
 */
function checkHistory(before: MapView, after: MapView, facilitates: boolean): Violation | undefined {
  for (const key of new Set([...before.history.keys(), ...after.history.keys()])) {
    const b = before.history.get(key);
    if (b === after.history.get(key)) continue;
    if (b !== undefined) {
      return { rule: 'history-record', reason: 'vote results and timer runs cannot be changed' };
    }
    if (!facilitates)
      return { rule: 'facilitator-only', reason: 'only the facilitator records a vote or a timer' };
  }
  return undefined;
}

function checkBallots(
  before: MapView,
  after: MapView,
  writer: Writer,
  facilitates: boolean,
): Violation | undefined {
  let touchedOwn = false;
  for (const key of new Set([...before.votes.keys(), ...after.votes.keys()])) {
    const b = before.votes.get(key);
    const a = after.votes.get(key);
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    // Starting and ending a vote sweep everyone's ballots.
    if (a === undefined && facilitates) continue;
    if (b !== undefined && b.userId !== writer.person) {
      return { rule: 'ballot-owner', reason: 'you can only change your own votes' };
    }
    if (a === undefined) continue;
    if (
      a.userId !== writer.person ||
      key !== `${String(a.voteId)}:${writer.person}:${String(a.touchpointId)}`
    ) {
      return { rule: 'ballot-owner', reason: 'you can only vote as yourself' };
    }
    if (!after.vote?.open || a.voteId !== after.vote.id) {
      return { rule: 'vote-closed', reason: 'there is no open vote' };
    }
    touchedOwn = true;
  }
  if (!touchedOwn || !after.vote) return undefined;
  let used = 0;
  for (const ballot of after.votes.values()) {
    if (ballot.userId !== writer.person || ballot.voteId !== after.vote.id) continue;
    const count = ballot.count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
      return { rule: 'vote-budget', reason: 'a ballot holds a whole number of votes' };
    }
    used += count;
  }
  if (used > after.vote.votesPerPerson) {
    return { rule: 'vote-budget', reason: `you have ${after.vote.votesPerPerson} votes in this vote` };
  }
  return undefined;
}

function checkCardLocks(before: MapView, after: MapView, facilitates: boolean): Violation | undefined {
  if (facilitates) return undefined;
  for (const key of new Set([...before.lockedCards.keys(), ...after.lockedCards.keys()])) {
    const b = before.lockedCards.get(key);
    const a = after.lockedCards.get(key);
    if (b?.locked !== a?.locked) {
      return { rule: 'facilitator-only', reason: 'only the facilitator locks and unlocks cards' };
    }
    if (b !== undefined && b.locked === 'true' && b.place !== a?.place) {
      return { rule: 'card-locked', reason: 'this card is locked by the facilitator' };
    }
  }
  return undefined;
}

/** The comments doc's records as plain objects, by collection and key. */
export interface CommentsView {
  threads: Map<string, Record<string, unknown>>;
  comments: Map<string, Record<string, unknown>>;
  people: Map<string, Record<string, unknown>>;
}

/**
 * Comments: a comment is written (edited, deleted as a tombstone) only by its author's person; a
 * thread is started as oneself and afterwards only its resolved state changes, which anyone who may
 * comment sets (the client's rule: resolving is not owning), naming themselves; a person record is
 * written only by that person.
 */
export function checkCommentsWrite(
  before: CommentsView,
  after: CommentsView,
  person: string,
): Violation | undefined {
  for (const [key, b, a] of changed(before.comments, after.comments)) {
    if (idOf(b?.author) !== undefined && idOf(b?.author) !== person) {
      return { rule: 'comment-author', reason: 'you can only edit or delete your own comments' };
    }
    if (a !== undefined && idOf(a.author) !== person) {
      return { rule: 'comment-author', reason: `comment ${key} must be written as yourself` };
    }
  }
  for (const [, b, a] of changed(before.threads, after.threads)) {
    if (b === undefined) {
      if (idOf(a?.createdBy) !== person)
        return { rule: 'thread-author', reason: 'start threads as yourself' };
      continue;
    }
    if (a === undefined) {
      if (idOf(b.createdBy) !== person)
        return { rule: 'thread-author', reason: 'only its author removes a thread' };
      continue;
    }
    if (!sameExcept(b, a, ['resolvedAt', 'resolvedBy'])) {
      return { rule: 'thread-author', reason: "a thread's anchor and author never change" };
    }
    if (a.resolvedBy !== undefined && JSON.stringify(a.resolvedBy) !== JSON.stringify(b.resolvedBy)) {
      if (idOf(a.resolvedBy) !== person) return { rule: 'resolve-as-self', reason: 'resolve as yourself' };
    }
  }
  for (const [key, , a] of changed(before.people, after.people)) {
    if (key !== person || (a !== undefined && a.id !== person)) {
      return { rule: 'people-self', reason: 'you can only write your own name' };
    }
  }
  return undefined;
}

type Row = Record<string, unknown>;

function* changed(
  b: Map<string, Row>,
  a: Map<string, Row>,
): Generator<[string, Row | undefined, Row | undefined]> {
  for (const key of new Set([...b.keys(), ...a.keys()])) {
    const before = b.get(key);
    const after = a.get(key);
    if (JSON.stringify(before) !== JSON.stringify(after)) yield [key, before, after];
  }
}

function idOf(who: unknown): unknown {
  return typeof who === 'object' && who !== null ? (who as { id?: unknown }).id : undefined;
}

function sameExcept(b: Row, a: Row, keys: readonly string[]): boolean {
  const strip = (r: Row) =>
    JSON.stringify(
      Object.entries(r)
        .filter(([k]) => !keys.includes(k))
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
    );
  return strip(b) === strip(a);
}
