import { describe, expect, it } from 'vitest';
import { checkNumber, NUMBER_RULES } from './numberRules';

const ok = (value: number | undefined) => ({ ok: true, value });
const refused = (kind: keyof typeof NUMBER_RULES) => ({
  ok: false,
  problem: `Allowed: ${NUMBER_RULES[kind].allowed}.`,
});

describe('checkNumber', () => {
  it.each([
    ['nps', '42', ok(42)],
    ['nps', ' -100 ', ok(-100)],
    ['nps', '100', ok(100)],
    ['nps', '+7', ok(7)],
    ['nps', '\u221250', ok(-50)],
    ['nps', '', ok(undefined)],
    ['nps', '250', refused('nps')],
    ['nps', '-101', refused('nps')],
    ['nps', '12.5', refused('nps')],
    ['nps', 'abc', refused('nps')],
    ['nps', '-', refused('nps')],
    ['csat', '4.2', ok(4.2)],
    ['csat', '4,2', ok(4.2)],
    ['csat', '1', ok(1)],
    ['csat', '5', ok(5)],
    ['csat', '0.9', refused('csat')],
    ['csat', '5.01', refused('csat')],
    ['sampleSize', '0', ok(0)],
    ['sampleSize', '-0', ok(0)],
    ['sampleSize', '1200', ok(1200)],
    ['sampleSize', '-3', refused('sampleSize')],
    ['sampleSize', '3.5', refused('sampleSize')],
    ['volume', '1200', ok(1200)],
    ['volume', '-50', refused('volume')],
    ['volume', '\u221250', refused('volume')],
    ['volume', '1e3', refused('volume')],
    ['volume', '0x10', refused('volume')],
    ['volume', 'Infinity', refused('volume')],
    ['volume', '1,200', refused('volume')],
    ['volume', '99999999999999999999', refused('volume')],
  ] as const)('%s %j', (kind, text, expected) => {
    expect(checkNumber(text, NUMBER_RULES[kind])).toEqual(expected);
  });

  it('names the allowed range in its message', () => {
    expect(checkNumber('250', NUMBER_RULES.nps)).toEqual({
      ok: false,
      problem: 'Allowed: a whole number from -100 to 100.',
    });
  });
});
