import { describe, expect, it } from 'vitest';
import {
  findMentions,
  insertMention,
  matchCandidates,
  mentionIds,
  mentionQueryAt,
  splitByMentions,
} from './mentions';

const people = [
  { id: 'u_ana', name: 'Ana' },
  { id: 'u_anam', name: 'Ana María' },
  { id: 'u_bob', name: 'Bob' },
];

describe('findMentions', () => {
  it('matches the longest known name after an @, case-insensitively', () => {
    expect(mentionIds('@ana maría and @Ana, ask @BOB.', people)).toEqual(['u_anam', 'u_ana', 'u_bob']);
    const [first] = findMentions('hi @Ana María!', people);
    expect(first).toMatchObject({ start: 3, end: 13 });
  });

  it('ignores e-mail addresses, unknown names and names that run on into a word', () => {
    expect(mentionIds('mail bob@example.com or @Carol or @Bobby', people)).toEqual([]);
  });

  it('splits text into plain runs and mentions', () => {
    expect(splitByMentions('Ping @Bob: see @Ana', people)).toEqual([
      { text: 'Ping ' },
      { text: '@Bob', mention: people[2] },
      { text: ': see ' },
      { text: '@Ana', mention: people[0] },
    ]);
  });
});

describe('typing a mention', () => {
  it('finds the query at the caret and replaces it with the chosen name', () => {
    expect(mentionQueryAt('Hello @An', 9)).toEqual({ start: 6, query: 'An' });
    expect(mentionQueryAt('mail bob@ex', 11)).toBeNull();
    expect(mentionQueryAt('@Ana\nnext', 9)).toBeNull();
    expect(insertMention('Hello @An!', 6, 9, 'Ana María')).toEqual({ text: 'Hello @Ana María !', caret: 17 });
  });

  it('offers names starting with the query first', () => {
    expect(matchCandidates(people, 'a').map((p) => p.name)).toEqual(['Ana', 'Ana María']);
    expect(matchCandidates(people, 'ob').map((p) => p.name)).toEqual(['Bob']);
    expect(matchCandidates(people, '')).toHaveLength(3);
  });
});
