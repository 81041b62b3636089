import { describe, expect, it } from 'vitest';
import { isHub, isHubByChannel } from './hub';
import { CHANNELS, CONTACT_CENTER_CHANNELS, type Channel } from './records/channel';

const CONTACT_CENTER: Channel[] = ['phone', 'chat', 'messaging', 'supportEmail', 'callback', 'ivr'];

describe('the hub rule', () => {
  it('names exactly the contact-center channels of DOMAIN.md', () => {
    expect([...CONTACT_CENTER_CHANNELS].sort()).toEqual([...CONTACT_CENTER].sort());
  });

  it.each(CONTACT_CENTER)('%s: a hub on auto and when marked, not when unmarked', (channel) => {
    expect(isHub({ channel, hub: 'auto' })).toBe(true);
    expect(isHub({ channel, hub: 'hub' })).toBe(true);
    expect(isHub({ channel, hub: 'notHub' })).toBe(false);
    expect(isHubByChannel({ channel })).toBe(true);
  });

  it.each(CHANNELS.filter((c) => !CONTACT_CENTER.includes(c)))('%s: a hub only when marked', (channel) => {
    expect(isHub({ channel, hub: 'auto' })).toBe(false);
    expect(isHub({ channel, hub: 'hub' })).toBe(true);
    expect(isHub({ channel, hub: 'notHub' })).toBe(false);
    expect(isHubByChannel({ channel })).toBe(false);
  });
});
