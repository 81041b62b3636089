import { describe, expect, it } from 'vitest';
import { CHANNELS, type Touchpoint } from '../../../model';
import { channelsInUse } from './channelsInUse';

const card = (id: string, channel: Touchpoint['channel']) => ({ id, channel }) as Touchpoint;

describe('channelsInUse', () => {
  it('lists the channels used, in the canonical order, once each', () => {
    const list = [card('a', 'phone'), card('b', 'web'), card('c', 'phone')];
    const used = channelsInUse(list);
    expect(used).toEqual(CHANNELS.filter((c) => c === 'phone' || c === 'web'));
  });

  it('returns the same array for a new list with the same channels (a peer moved a card)', () => {
    const before = channelsInUse([card('a', 'phone'), card('b', 'web')]);
    const after = channelsInUse([card('b', 'web'), card('a', 'phone')]);
    expect(after).toBe(before);
  });

  it('returns a new array when a channel comes or goes', () => {
    const before = channelsInUse([card('a', 'phone')]);
    const added = channelsInUse([card('a', 'phone'), card('b', 'email')]);
    expect(added).not.toBe(before);
    expect(added).toContain('email');
    expect(channelsInUse([])).toEqual([]);
    expect(channelsInUse(undefined)).toEqual([]);
  });
});
