import { describe, expect, it } from 'vitest';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { mapToCsv } from '../export/mapCsv';
import { guessMapping, missingColumns } from './guessMapping';
import { parseCsv } from './parseCsv';
import { TOUCHPOINT_FIELDS } from './touchpointFields';

describe('guessMapping', () => {
  it("maps every field of our own touchpoints CSV to its column, and ignores the derived 'Hub'", () => {
    const parsed = parseCsv(mapToCsv(cleanMap(templateDoc('sample'))));
    if (!parsed.ok) throw new Error(parsed.error);
    const { headers } = parsed.table;
    const mapping = guessMapping(headers);
    for (const field of TOUCHPOINT_FIELDS) expect(mapping[field]).not.toBeNull();
    expect(headers[mapping.hub!]).toBe('Hub override');
    expect(headers[mapping.sampleSize!]).toBe('Sample size');
    expect(missingColumns(mapping)).toEqual([]);
  });

  it('understands common synonyms, loosely written', () => {
    const m = guessMapping(['Phase', 'Touchpoint', 'TEAM', 'sample_size', 'Feeling', 'Swimlane']);
    expect(m).toMatchObject({ stage: 0, title: 1, owner: 2, sampleSize: 3, emotion: 4, lane: 5 });
    expect(m.channel).toBeNull();
  });

  it('lets an exact name win over a synonym, and gives a column to one field only', () => {
    const m = guessMapping(['Card', 'Title', 'Step']);
    expect(m.title).toBe(1);
    expect(m.stage).toBe(2);
  });

  it('names the required fields that have no column', () => {
    expect(missingColumns(guessMapping(['Touchpoint', 'Emotion']))).toEqual(['stage']);
  });
});
