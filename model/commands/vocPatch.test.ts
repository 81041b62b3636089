import { describe, expect, it } from 'vitest';
import { mergeVoc } from './vocPatch';

describe('mergeVoc', () => {
  it('keeps the figures the patch does not name', () => {
    expect(mergeVoc({ nps: 10, csat: 4 }, { csat: 2 })).toEqual({ nps: 10, csat: 2 });
  });

  it('clears a figure set to undefined, and an emptied list', () => {
    expect(mergeVoc({ nps: 10, verbatims: ['slow'] }, { nps: undefined, verbatims: [] })).toBeUndefined();
    expect(mergeVoc({ nps: 10, sampleSize: 40 }, { nps: undefined })).toEqual({ sampleSize: 40 });
  });

  it('starts from nothing', () => {
    expect(mergeVoc(undefined, { sampleSize: 12 })).toEqual({ sampleSize: 12 });
    expect(mergeVoc(undefined, {})).toBeUndefined();
  });
});
