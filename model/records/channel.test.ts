import { describe, expect, it } from 'vitest';
import { isHubByChannel } from '../hub';
import {
  CHANNEL_TRAITS,
  CHANNELS,
  CONTACT_CENTER_CHANNEL_LIST,
  CONTACT_CENTER_CHANNELS,
  OTHER_CHANNEL_LIST,
} from './channel';

describe('CHANNEL_TRAITS', () => {
  it('makes exactly the contact-center channels hubs by channel', () => {
    for (const channel of CHANNELS) {
      expect(isHubByChannel({ channel })).toBe(CHANNEL_TRAITS[channel].contactCenter);
      expect(CONTACT_CENTER_CHANNELS.has(channel)).toBe(CHANNEL_TRAITS[channel].contactCenter);
    }
  });

  it('splits the channels into contact center and the rest, each in the canonical order', () => {
    expect([...CONTACT_CENTER_CHANNEL_LIST, ...OTHER_CHANNEL_LIST].sort()).toEqual([...CHANNELS].sort());
    const inOrder = (list: readonly string[]) => list.map((c) => CHANNELS.indexOf(c as never));
    expect(inOrder(CONTACT_CENTER_CHANNEL_LIST)).toEqual(
      [...inOrder(CONTACT_CENTER_CHANNEL_LIST)].sort((a, b) => a - b),
    );
    expect(inOrder(OTHER_CHANNEL_LIST)).toEqual([...inOrder(OTHER_CHANNEL_LIST)].sort((a, b) => a - b));
  });

  it('gives every channel a name, a colour of its own and an icon', () => {
    const traits = CHANNELS.map((c) => CHANNEL_TRAITS[c]);
    for (const t of traits) {
      expect(t.label.trim()).not.toBe('');
      expect(t.color).toMatch(/^#[0-9a-f]{6}$/);
      expect(t.glyph).not.toBe('');
    }
    expect(new Set(traits.map((t) => t.label)).size).toBe(CHANNELS.length);
    expect(new Set(traits.map((t) => t.color)).size).toBe(CHANNELS.length);
  });

  it('has a row for each channel and no other', () => {
    expect(Object.keys(CHANNEL_TRAITS).sort()).toEqual([...CHANNELS].sort());
  });
});
