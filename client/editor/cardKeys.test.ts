import { describe, expect, it } from 'vitest';
import { channelForKey, createEmotionKeys } from './cardKeys';

describe('channelForKey', () => {
  it('picks the first channel with that initial, then cycles through the others', () => {
    expect(channelForKey('web', 'p')).toBe('phone');
    expect(channelForKey('phone', 'P')).toBe('partner');
    expect(channelForKey('partner', 'p')).toBe('phone');
    expect(channelForKey('web', 'c')).toBe('callback');
    expect(channelForKey('callback', 'c')).toBe('chat');
  });

  it('ignores keys no channel starts with', () => {
    expect(channelForKey('web', 'n')).toBeUndefined();
    expect(channelForKey('web', '1')).toBeUndefined();
    expect(channelForKey('web', 'Enter')).toBeUndefined();
  });
});

describe('createEmotionKeys', () => {
  it('reads a digit as a positive score and a sign then a digit as a signed one', () => {
    let t = 0;
    const keys = createEmotionKeys(() => t);
    expect(keys('2')).toBe(2);
    expect(keys('-')).toBe('pending');
    expect(keys('2')).toBe(-2);
    expect(keys('+')).toBe('pending');
    expect(keys('1')).toBe(1);
    expect(keys('0')).toBe(0);
    expect(keys('-')).toBe('pending');
    t = 5000; // too late: the sign has lapsed
    expect(keys('1')).toBe(1);
    expect(keys('3')).toBeUndefined();
  });
});
