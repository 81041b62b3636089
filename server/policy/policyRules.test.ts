import { describe, expect, it } from 'vitest';
import { checkCommentsWrite, checkMapWrite, type CommentsView, type MapView } from './policyRules';

const view = (over: Partial<MapView> = {}): MapView => ({
  meta: {},
  holder: undefined,
  holderName: '',
  newerSchema: false,
  frozen: false,
  vote: undefined,
  votes: new Map(),
  lockedCards: new Map(),
  history: new Map(),
  ...over,
});
const held = (over: Partial<MapView> = {}) =>
  view({ meta: { facilitator: '{"userId":"p_host"}' }, holder: 'p_host', holderName: 'Host', ...over });
const bob = { person: 'p_bob', holderPresent: true };
const host = { person: 'p_host', holderPresent: true };

describe('checkMapWrite', () => {
  it('refuses a raised schema version from anyone, the facilitator too; one already raised is not charged to the writer', () => {
    expect(checkMapWrite(held(), held({ newerSchema: true }), host)?.rule).toBe('schema-version');
    expect(checkMapWrite(view(), view({ newerSchema: true }), bob)?.rule).toBe('schema-version');
    expect(checkMapWrite(view({ newerSchema: true }), view({ newerSchema: true }), bob)).toBeUndefined();
  });

  it('keeps facilitator fields to the holder while the holder is here', () => {
    const after = held({ meta: { ...held().meta, timer: '{}' } });
    expect(checkMapWrite(held(), after, bob)?.rule).toBe('facilitator-only');
    expect(checkMapWrite(held(), after, host)).toBeUndefined();
    // Gone holder: the seat is free.
    expect(checkMapWrite(held(), after, { ...bob, holderPresent: false })).toBeUndefined();
  });

  it('lets a free seat be taken for oneself only, and the holder hand it over', () => {
    const taken = (userId: string) => view({ meta: { facilitator: `"${userId}"` }, holder: userId });
    expect(checkMapWrite(view(), taken('p_bob'), bob)).toBeUndefined();
    expect(checkMapWrite(view(), taken('p_host'), bob)?.rule).toBe('seat-claim');
    expect(checkMapWrite(held(), taken('p_bob'), host)).toBeUndefined();
    expect(checkMapWrite(held(), taken('p_bob'), bob)?.rule).toBe('facilitator-only');
  });

  it('keeps ballots to their voter, an open vote and the budget', () => {
    const vote = { id: 'v1', votesPerPerson: 2, open: true };
    const ballot = (userId: string, count: number, voteId = 'v1') =>
      new Map([[`${voteId}:${userId}:tp1`, { voteId, userId, touchpointId: 'tp1', count }]]);
    const before = held({ vote });
    expect(checkMapWrite(before, held({ vote, votes: ballot('p_bob', 2) }), bob)).toBeUndefined();
    expect(checkMapWrite(before, held({ vote, votes: ballot('p_host', 1) }), bob)?.rule).toBe('ballot-owner');
    expect(checkMapWrite(before, held({ vote, votes: ballot('p_bob', 3) }), bob)?.rule).toBe('vote-budget');
    expect(checkMapWrite(before, held({ vote, votes: ballot('p_bob', 1.5) }), bob)?.rule).toBe('vote-budget');
    expect(checkMapWrite(before, held({ vote, votes: ballot('p_bob', 1, 'v0') }), bob)?.rule).toBe(
      'vote-closed',
    );
    // Someone else's ballot: only the facilitator sweeps it.
    const cast = held({ vote, votes: ballot('p_host', 1) });
    expect(checkMapWrite(cast, held({ vote }), bob)?.rule).toBe('ballot-owner');
    expect(checkMapWrite(cast, held({ vote }), host)).toBeUndefined();
  });

  it('keeps a locked card in place and its lock to the facilitator', () => {
    const card = (place: string, locked = 'true') => new Map([['touchpoints/tp1', { locked, place }]]);
    const before = held({ lockedCards: card('a') });
    expect(checkMapWrite(before, held({ lockedCards: card('b') }), bob)?.rule).toBe('card-locked');
    expect(checkMapWrite(before, held(), bob)?.rule).toBe('facilitator-only');
    expect(checkMapWrite(held(), held({ lockedCards: card('a') }), bob)?.rule).toBe('facilitator-only');
    expect(checkMapWrite(before, held({ lockedCards: card('b') }), host)).toBeUndefined();
  });

  it('lets only the facilitator add vote results and timer runs, and nobody change or delete one', () => {
    const kept = (json = '{"voters":2}') => new Map([['voteResults/v1', json]]);
    expect(checkMapWrite(held(), held({ history: kept() }), host)).toBeUndefined();
    expect(checkMapWrite(held(), held({ history: kept() }), bob)?.rule).toBe('facilitator-only');
    expect(checkMapWrite(view(), view({ history: kept() }), bob)).toBeUndefined();
    const before = held({ history: kept() });
    expect(checkMapWrite(before, held({ history: kept('{"voters":9}') }), host)?.rule).toBe('history-record');
    expect(checkMapWrite(before, held(), host)?.rule).toBe('history-record');
    expect(checkMapWrite(before, held({ history: kept() }), bob)).toBeUndefined();
  });
});

describe('checkCommentsWrite', () => {
  const empty = (): CommentsView => ({ threads: new Map(), comments: new Map(), people: new Map() });
  const withComment = (authorId: string, text: string): CommentsView => ({
    ...empty(),
    comments: new Map([['c1', { author: { id: authorId }, text }]]),
  });
  const withThread = (thread: Record<string, unknown>): CommentsView => ({
    ...empty(),
    threads: new Map([['t1', { anchor: { kind: 'map' }, createdBy: { id: 'p_alice' }, ...thread }]]),
  });

  it('lets only the author write a comment', () => {
    expect(checkCommentsWrite(empty(), withComment('p_bob', 'hi'), 'p_bob')).toBeUndefined();
    expect(checkCommentsWrite(empty(), withComment('p_alice', 'hi'), 'p_bob')?.rule).toBe('comment-author');
    expect(
      checkCommentsWrite(withComment('p_alice', 'hi'), withComment('p_alice', 'yo'), 'p_bob')?.rule,
    ).toBe('comment-author');
    expect(checkCommentsWrite(withComment('p_alice', 'hi'), empty(), 'p_bob')?.rule).toBe('comment-author');
    expect(
      checkCommentsWrite(withComment('p_alice', 'hi'), withComment('p_alice', 'yo'), 'p_alice'),
    ).toBeUndefined();
    expect(
      checkCommentsWrite(withComment('p_alice', 'hi'), withComment('p_bob', 'hi'), 'p_alice')?.rule,
    ).toBe('comment-author');
  });

  it('lets anyone resolve as themselves, and nobody move or re-author a thread', () => {
    const open = withThread({});
    expect(
      checkCommentsWrite(open, withThread({ resolvedAt: 1, resolvedBy: { id: 'p_bob' } }), 'p_bob'),
    ).toBeUndefined();
    expect(
      checkCommentsWrite(open, withThread({ resolvedAt: 1, resolvedBy: { id: 'p_alice' } }), 'p_bob')?.rule,
    ).toBe('resolve-as-self');
    expect(
      checkCommentsWrite(open, withThread({ anchor: { kind: 'stage', id: 's' } }), 'p_alice')?.rule,
    ).toBe('thread-author');
    expect(checkCommentsWrite(open, empty(), 'p_bob')?.rule).toBe('thread-author');
    expect(checkCommentsWrite(empty(), open, 'p_bob')?.rule).toBe('thread-author');
  });

  it('lets a person write only their own people record', () => {
    const person = (key: string, id: string): CommentsView => ({
      ...empty(),
      people: new Map([[key, { id }]]),
    });
    expect(checkCommentsWrite(empty(), person('p_bob', 'p_bob'), 'p_bob')).toBeUndefined();
    expect(checkCommentsWrite(empty(), person('p_alice', 'p_alice'), 'p_bob')?.rule).toBe('people-self');
    expect(checkCommentsWrite(empty(), person('p_bob', 'p_alice'), 'p_bob')?.rule).toBe('people-self');
  });
});
