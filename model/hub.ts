import { CHANNEL_TRAITS } from './records/channel';
import type { Touchpoint } from './records/touchpoint';

/**
 * The hub rule (DOMAIN.md): a touchpoint on a contact-center channel is a hub unless a facilitator
 * unmarked it; any touchpoint a facilitator marked is a hub.
 */
export function isHub(tp: Pick<Touchpoint, 'channel' | 'hub'>): boolean {
  if (tp.hub === 'hub') return true;
  if (tp.hub === 'notHub') return false;
  return CHANNEL_TRAITS[tp.channel].contactCenter;
}

/** Whether the channel rule alone makes this a hub (so the UI can say "by channel" vs "marked"). */
export function isHubByChannel(tp: Pick<Touchpoint, 'channel'>): boolean {
  return CHANNEL_TRAITS[tp.channel].contactCenter;
}
