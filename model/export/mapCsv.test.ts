import { describe, expect, it } from 'vitest';
import { updateTouchpoint } from '../commands/touchpoints';
import { cleanMap, templateDoc, touchpointTitled } from '../testing/testMaps';
import { mapToCsv } from './mapCsv';

describe('mapToCsv', () => {
  const doc = templateDoc('sample');
  const lines = () => mapToCsv(cleanMap(doc)).split('\r\n');

  it('has a header and one row per touchpoint, in map order, with CRLF line ends', () => {
    const rows = lines();
    expect(rows[0]).toBe('Stage,Lane,Title,Channel,Owner,Emotion,Hub,NPS,CSAT');
    expect(rows).toHaveLength(1 + 11 + 1);
    expect(rows.at(-1)).toBe('');
    expect(rows[1]).toBe('Notice problem,Touchpoints,Streaming stops,In home / product,Network ops,-1,no,,');
    expect(rows[2]).toBe('Self-diagnose,Touchpoints,Status page,Web,Digital,-1,no,-20,');
    expect(rows[5]).toBe('Contact support,Touchpoints,Agent call,Phone,Contact center,1,yes,,4.2');
    expect(rows[11]).toBe('Follow-up,Touchpoints,Bill credit,Mail,,1,no,,');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const map = cleanMap(doc);
    updateTouchpoint(doc, touchpointTitled(map, 'Status page').id, { title: 'Status "page", v2\nbeta' });
    expect(mapToCsv(cleanMap(doc))).toContain('Self-diagnose,Touchpoints,"Status ""page"", v2\nbeta",Web,');
  });

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    const map = cleanMap(doc);
    updateTouchpoint(doc, touchpointTitled(map, 'Survey email').id, {
      title: '=HYPERLINK("x")',
      owner: '@ops',
    });
    const row = lines().find((l) => l.includes('HYPERLINK'));
    expect(row).toBe(`Follow-up,Touchpoints,"'=HYPERLINK(""x"")",Email,'@ops,0,no,,`);
  });
});
