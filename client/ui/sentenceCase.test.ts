import { describe, expect, it } from 'vitest';
import { sentenceCase } from './sentenceCase';

describe('sentenceCase', () => {
  it.each([
    [
      'the stages and lanes are locked by the facilitator',
      'The stages and lanes are locked by the facilitator',
    ],
    ['this card is locked by the facilitator', 'This card is locked by the facilitator'],
    ['élan is gone', 'Élan is gone'],
    ['“router app” is locked by the facilitator', '“router app” is locked by the facilitator'],
    ['Already upper', 'Already upper'],
    ['3 votes left', '3 votes left'],
    ['', ''],
  ])('%j → %j', (message, expected) => {
    expect(sentenceCase(message)).toBe(expected);
  });
});
