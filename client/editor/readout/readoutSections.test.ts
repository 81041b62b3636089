import { describe, expect, it } from 'vitest';
import type { Readout } from '../../../model/history';
import { readoutSchema } from '../../api/readoutApi';
import { READOUT_SECTIONS, SECTION_ORDER, summaryText, type SectionId } from './readoutSections';

const time = (iso: string) => iso.slice(11, 16);

const EMPTY: Readout = {
  title: 'Broadband',
  from: { at: '2026-12-03T13:00:00.000Z', label: 'Session started' },
  to: { at: '2026-12-03T14:00:00.000Z', label: 'now' },
  counts: { added: 0, removed: 0, changed: 0 },
  stages: [],
  votes: [],
  timers: [],
  comments: { opened: [], resolved: [] },
  newPainPoints: [],
  newOpportunities: [],
  hubs: [],
  unowned: [],
};

const FULL: Readout = {
  ...EMPTY,
  counts: { added: 1, removed: 1, changed: 1 },
  stages: [
    {
      stageId: 's1',
      stageName: 'Install',
      added: [{ kind: 'touchpoint', id: 't1', title: 'Call', stageId: 's1', change: 'added', fields: [] }],
      changed: [
        {
          kind: 'touchpoint',
          id: 't2',
          title: 'Router',
          stageId: 's1',
          change: 'changed',
          fields: [{ field: 'emotion', label: 'Emotion', before: '', after: '-2 Frustrated' }],
        },
      ],
      removed: [{ kind: 'note', id: 'n1', title: '', stageId: 's1', change: 'removed', fields: [] }],
    },
  ],
  votes: [
    {
      voteId: 'v1',
      endedAt: '2026-12-03T13:30:00.000Z',
      votesPerPerson: 2,
      anonymous: false,
      voters: 2,
      ranking: [
        { touchpointId: 't1', title: 'IVR menu', count: 3 },
        { touchpointId: 't2', title: 'Status page', count: 1 },
      ],
    },
  ],
  timers: [{ startedAt: '2026-12-03T13:10:00.000Z', durationMs: 300_000, label: 'Pain points' }],
  comments: {
    opened: [{ threadId: 'c1', on: 'Call', text: 'Why?', author: 'Bob' }],
    resolved: [{ threadId: 'c2', on: 'Router', text: 'Fixed', author: '' }],
  },
  newPainPoints: [{ id: 'p1', text: 'Long wait', stageName: 'Install', owner: '' }],
  newOpportunities: [{ id: 'o1', text: 'Callback', stageName: 'Install', owner: 'Ops' }],
  hubs: [
    { id: 'h1', title: 'Call centre', loadBefore: 2, loadAfter: 4, emotionBefore: null, emotionAfter: -1 },
  ],
  unowned: [{ id: 't1', title: 'Call', stageName: 'Install' }],
};

/** Each line as a text list shows it: its marker (a rank), then its words. */
const text = (id: SectionId, r: Readout) =>
  READOUT_SECTIONS[id].lines(r, time).map((l) => (l.marker ? `${l.marker} ${l.text}` : l.text));

describe('readout sections', () => {
  it('say nothing for an empty session, so each shows its empty sentence', () => {
    for (const id of SECTION_ORDER) {
      expect(READOUT_SECTIONS[id].lines(EMPTY, time)).toEqual([]);
      expect(READOUT_SECTIONS[id].count(EMPTY)).toBe(0);
    }
    expect(READOUT_SECTIONS.votes.empty).toBe('No votes were run in this session.');
  });

  it('rank vote results with their counts under the vote', () => {
    expect(text('votes', FULL)).toEqual([
      'Vote ended 13:30 · 2 voters · 2 dots each',
      '1. IVR menu: 3 votes',
      '2. Status page: 1 vote',
    ]);
    expect(READOUT_SECTIONS.votes.count(FULL)).toBe(1);
  });

  it('list changes per stage with field changes under their card', () => {
    const lines = READOUT_SECTIONS.stages.lines(FULL, time);
    expect(lines.map((l) => [l.level, l.text])).toEqual([
      [-1, 'Install'],
      [0, 'Added: Call'],
      [0, 'Changed: Router'],
      [1, 'Emotion: (empty) → -2 Frustrated'],
      [0, 'Removed: Untitled'],
    ]);
    expect(READOUT_SECTIONS.stages.count(FULL)).toBe(3);
  });

  it('give owners, timers, comments, hubs and unowned touchpoints in words', () => {
    expect(text('painPoints', FULL)).toEqual(['Long wait (Install) · owner: nobody yet']);
    expect(text('opportunities', FULL)).toEqual(['Callback (Install) · owner: Ops']);
    expect(text('timers', FULL)).toEqual(['Pain points: 5 minutes, started 13:10']);
    expect(text('comments', FULL)).toEqual([
      'Opened (1)',
      'On Call: “Why?” (Bob)',
      'Resolved (1)',
      'On Router: “Fixed” (someone)',
    ]);
    expect(text('hubs', FULL)).toEqual(['Call centre', 'Routes in: 2 → 4', 'Emotion: not set → -1 Unhappy']);
    expect(text('unowned', FULL)).toEqual(['Call (Install)']);
    expect(summaryText(FULL)).toBe('1 added · 1 changed · 1 removed (cards and notes)');
  });

  it('accept the readout the contract describes through the client schema', () => {
    expect(readoutSchema.parse(FULL)).toEqual(FULL);
    expect(readoutSchema.safeParse({ ...FULL, votes: [{ ...FULL.votes[0], voters: -1 }] }).success).toBe(
      false,
    );
    expect(readoutSchema.safeParse({ ...FULL, from: { at: 'yesterday', label: '' } }).success).toBe(false);
  });
});
