import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readComments } from '../comments/readComments';
import { resolveThread, startThread } from '../comments/threadCommands';
import { connect, setConnectionDetails } from '../commands/connections';
import { claimFacilitatorSeat } from '../commands/facilitatorSeat';
import { addNote, updateNote } from '../commands/notes';
import { startTimer } from '../commands/timer';
import { addTouchpoint, deleteTouchpoint, updateTouchpoint } from '../commands/touchpoints';
import { castVote, endVote, startVote } from '../commands/voting';
import { ALICE, BOB, CAROL } from '../testing/facilitationChecks';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { buildReadout } from './readout';
import { readoutMarkdown } from './readoutMarkdown';
import { readTimerRuns, readVoteResults } from './readHistoryRecords';

const T0 = Date.UTC(2026, 11, 3, 9, 0);
const MIN = 60_000;
const author = (p: typeof ALICE) => ({ id: p.userId, name: p.name, color: '#2563eb' });

/**
 * A hand-worked session. At the start: Aware holds "Ad" (Marketing) and "Landing page" (no owner),
 * Support holds the hub "Call center" (phone, Unhappy) with "Help page" routing 100 calls into it, and
 * Bob's thread on "Ad" is open. In the session: "Ad" goes, "Landing page" gets an owner, "Pricing
 * page" (no owner) comes to Consider, the hub turns Frustrated and gains a route of 50, a pain point
 * and an opportunity are added, Bob's thread is resolved and Alice opens one; a vote ends and a timer
 * runs inside the session, and one of each before it.
 */
function handWorkedSession() {
  const doc = templateDoc('blank', 1);
  const comments = new Y.Doc();
  const map0 = cleanMap(doc);
  const [aware, consider, support, use] = ['Aware', 'Consider', 'Support', 'Use'].map(
    (n) => stageNamed(map0, n).id,
  );
  const ad = addTouchpoint(doc, { stageId: aware!, title: 'Ad', owner: 'Marketing' });
  const landing = addTouchpoint(doc, { stageId: aware!, title: 'Landing page' });
  const hub = addTouchpoint(doc, {
    stageId: support!,
    title: 'Call center',
    channel: 'phone',
    owner: 'Care',
    emotion: -1,
  });
  const help = addTouchpoint(doc, {
    stageId: support!,
    title: 'Help page',
    channel: 'selfService',
    owner: 'Care',
  });
  setConnectionDetails(doc, connect(doc, help, hub), { volume: 100 });
  const bobs = startThread(comments, {
    author: author(BOB),
    text: 'Who pays for this?',
    anchor: { kind: 'touchpoint', id: ad },
    now: T0 - 2 * MIN,
  });
  claimFacilitatorSeat(doc, ALICE);
  const early = startVote(doc, ALICE, { votesPerPerson: 1 });
  endVote(doc, ALICE, T0 - 60 * MIN);
  startTimer(doc, ALICE, { durationMs: 5 * MIN, now: T0 - 30 * MIN });
  const before = cleanMap(doc);
  const commentsBefore = readComments(comments, before).comments;

  deleteTouchpoint(doc, ad);
  updateTouchpoint(doc, landing, { owner: 'Web team' });
  addTouchpoint(doc, { stageId: consider!, title: 'Pricing page' });
  updateTouchpoint(doc, hub, { emotion: -2 });
  setConnectionDetails(doc, connect(doc, landing, hub), { volume: 50 });
  addNote(doc, { kind: 'painPoint', stageId: support!, text: 'Long hold', touchpointId: hub });
  const opp = addNote(doc, { kind: 'opportunity', stageId: use!, text: 'Callback option' });
  updateNote(doc, opp, { owner: 'Care' });
  startTimer(doc, ALICE, { durationMs: 10 * MIN, label: 'Ideas', now: T0 + 5 * MIN });
  const vote = startVote(doc, ALICE, { votesPerPerson: 2 });
  castVote(doc, BOB, hub);
  castVote(doc, BOB, landing);
  castVote(doc, CAROL, hub);
  endVote(doc, ALICE, T0 + 20 * MIN);
  resolveThread(comments, bobs.threadId, { id: ALICE.userId, name: ALICE.name }, T0 + 21 * MIN);
  startThread(comments, {
    author: author(ALICE),
    text: 'Why | so *slow*?',
    anchor: { kind: 'touchpoint', id: hub },
    now: T0 + 22 * MIN,
  });
  const after = cleanMap(doc);
  const readout = buildReadout({
    title: 'Support journey',
    before,
    after,
    commentsBefore,
    commentsAfter: readComments(comments, after).comments,
    voteResults: readVoteResults(doc),
    timerRuns: readTimerRuns(doc),
    from: { at: new Date(T0).toISOString(), label: 'Session start' },
    to: { at: new Date(T0 + 30 * MIN).toISOString(), label: 'Now' },
  });
  return { readout, ids: { ad, landing, hub, vote, early, bobs: bobs.threadId, aware, consider, support } };
}

describe('buildReadout on a hand-worked session', () => {
  const { readout, ids } = handWorkedSession();

  it('counts cards and notes and groups them by stage in map order (Use comes before Support)', () => {
    expect(readout.counts).toEqual({ added: 3, removed: 1, changed: 2 });
    const lines = readout.stages.map((s) => [
      s.stageName,
      s.added.map((c) => c.title),
      s.changed.map(
        (c) => `${c.title}: ${c.fields.map((f) => `${f.label} ${f.before}→${f.after}`).join(', ')}`,
      ),
      s.removed.map((c) => c.title),
    ]);
    expect(lines).toEqual([
      ['Aware', [], ['Landing page: Owner →Web team'], ['Ad']],
      ['Consider', ['Pricing page'], [], []],
      ['Use', ['Callback option'], [], []],
      ['Support', ['Long hold'], ['Call center: Emotion Unhappy→Frustrated'], []],
    ]);
  });

  it('lists only the votes and timers of the session, ranked', () => {
    expect(readout.votes).toEqual([
      {
        voteId: ids.vote,
        endedAt: '2026-12-03T09:20:00.000Z',
        votesPerPerson: 2,
        anonymous: false,
        voters: 2,
        ranking: [
          { touchpointId: ids.hub, title: 'Call center', count: 2 },
          { touchpointId: ids.landing, title: 'Landing page', count: 1 },
        ],
      },
    ]);
    expect(readout.timers).toEqual([
      { startedAt: '2026-12-03T09:05:00.000Z', durationMs: 10 * MIN, label: 'Ideas' },
    ]);
  });

  it('lists threads opened and resolved, new notes with owners, moved hubs and unowned cards', () => {
    expect(readout.comments.resolved).toEqual([
      { threadId: ids.bobs, on: 'A removed card', text: 'Who pays for this?', author: 'Bob' },
    ]);
    expect(readout.comments.opened).toEqual([
      expect.objectContaining({ on: 'Call center', text: 'Why | so *slow*?', author: 'Alice' }),
    ]);
    expect(readout.newPainPoints).toEqual([
      expect.objectContaining({ text: 'Long hold', stageName: 'Support', owner: '' }),
    ]);
    expect(readout.newOpportunities).toEqual([
      expect.objectContaining({ text: 'Callback option', stageName: 'Use', owner: 'Care' }),
    ]);
    expect(readout.hubs).toEqual([
      {
        id: ids.hub,
        title: 'Call center',
        loadBefore: 100,
        loadAfter: 150,
        emotionBefore: -1,
        emotionAfter: -2,
      },
    ]);
    expect(readout.unowned).toEqual([
      expect.objectContaining({ title: 'Pricing page', stageName: 'Consider' }),
    ]);
  });

  it('writes the Markdown report', () => {
    const lines = readoutMarkdown(readout).split('\n');
    const after = (heading: string, n: number) =>
      lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 1 + n);
    expect(lines.slice(0, 3)).toEqual([
      '# Workshop readout: Support journey',
      '',
      'From **Session start** (2026-12-03 09:00 UTC) to **Now** (2026-12-03 09:30 UTC).',
    ]);
    expect(after('## Summary', 4)).toEqual([
      '',
      '- Cards and notes added: 3',
      '- Changed: 2',
      '- Removed: 1',
    ]);
    expect(after('### Aware', 3)).toEqual([
      '',
      '- Changed card **Landing page**: Owner: (empty) → Web team',
      '- Removed card **Ad**',
    ]);
    expect(after('### Support', 3)).toEqual([
      '',
      '- Added note **Long hold**',
      '- Changed card **Call center**: Emotion: Unhappy → Frustrated',
    ]);
    expect(after('### Vote ended 2026-12-03 09:20 UTC', 6)).toEqual([
      '',
      '2 voters, 2 votes each.',
      '',
      '| Rank | Card | Votes |',
      '| ---: | --- | ---: |',
      '| 1 | Call center | 2 |',
    ]);
    expect(after('## Timers', 2)).toEqual(['', '- 2026-12-03 09:05 UTC: 10 min, Ideas']);
    expect(after('## Comments opened', 2)).toEqual([
      '',
      '- On **Call center**, by Alice: Why \\| so \\*slow\\*?',
    ]);
    expect(after('## Comments resolved', 2)).toEqual([
      '',
      '- On **A removed card**, by Bob: Who pays for this?',
    ]);
    expect(after('## New pain points', 2)).toEqual(['', '- Support: Long hold (no owner)']);
    expect(after('## New opportunities', 2)).toEqual(['', '- Use: Callback option (owner: Care)']);
    expect(after('## Hubs whose load or emotion moved', 4)).toEqual([
      '',
      '| Hub | Load before | Load after | Emotion before | Emotion after |',
      '| --- | ---: | ---: | --- | --- |',
      '| Call center | 100 | 150 | Unhappy (-1) | Frustrated (-2) |',
    ]);
    expect(after('## Touchpoints with no owner', 2)).toEqual(['', '- Consider: Pricing page']);
  });

  it('says "None." for an empty part, so a missing part is never silent', () => {
    const empty = { ...readout, votes: [], timers: [], hubs: [] };
    const lines = readoutMarkdown(empty).split('\n');
    for (const heading of ['## Votes', '## Timers', '## Hubs whose load or emotion moved'])
      expect(lines.slice(lines.indexOf(heading) + 1, lines.indexOf(heading) + 3)).toEqual(['', 'None.']);
  });
});
