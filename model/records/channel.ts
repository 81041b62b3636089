import { z } from 'zod';

/** Where a touchpoint happens. The contact-center channels make a touchpoint a hub by default. */
export const CHANNELS = [
  'web',
  'mobileApp',
  'email',
  'supportEmail',
  'phone',
  'callback',
  'ivr',
  'chat',
  'messaging',
  'social',
  'inPerson',
  'inHome',
  'mail',
  'selfService',
  'partner',
] as const;
export type Channel = (typeof CHANNELS)[number];
export const channelSchema = z.enum(CHANNELS);

/** The icon drawn for a channel in exports (`export/svg/glyphs.ts` holds each one's strokes). */
export type ChannelGlyph =
  | 'globe'
  | 'mobile'
  | 'envelope'
  | 'envelopeDot'
  | 'handset'
  | 'callback'
  | 'keypad'
  | 'chat'
  | 'messaging'
  | 'share'
  | 'person'
  | 'home'
  | 'letter'
  | 'help'
  | 'partner';

/** What a channel means, as data: code reads these traits instead of testing for a channel. */
export interface ChannelTraits {
  /**
   * Its name on cards, lists, the legend and exports. Its first letter is also its key: with a card
   * selected, typing the letter picks the channel (client/editor/cardKeys.ts).
   */
  readonly label: string;
  /** Its colour: the card's strip and dot, the legend, the export's badge. */
  readonly color: string;
  /**
   * Run by the contact center, "the hub of the customer experience" (DOMAIN.md): a touchpoint on it
   * is a hub unless a facilitator unmarked it, and pickers list it under "Contact center (hub)".
   */
  readonly contactCenter: boolean;
  /** Its icon in exports. */
  readonly glyph: ChannelGlyph;
}

/** Colours: the contact-center family shares warm hues so hubs read as one group. */
export const CHANNEL_TRAITS = {
  web: { label: 'Web', color: '#2563eb', contactCenter: false, glyph: 'globe' },
  mobileApp: { label: 'Mobile app', color: '#7c3aed', contactCenter: false, glyph: 'mobile' },
  email: { label: 'Email', color: '#0891b2', contactCenter: false, glyph: 'envelope' },
  supportEmail: { label: 'Support email', color: '#ea580c', contactCenter: true, glyph: 'envelopeDot' },
  phone: { label: 'Phone', color: '#dc2626', contactCenter: true, glyph: 'handset' },
  callback: { label: 'Callback', color: '#e11d48', contactCenter: true, glyph: 'callback' },
  ivr: { label: 'IVR', color: '#b45309', contactCenter: true, glyph: 'keypad' },
  chat: { label: 'Chat', color: '#f97316', contactCenter: true, glyph: 'chat' },
  messaging: { label: 'Messaging / SMS', color: '#d97706', contactCenter: true, glyph: 'messaging' },
  social: { label: 'Social', color: '#db2777', contactCenter: false, glyph: 'share' },
  inPerson: { label: 'In person / store', color: '#059669', contactCenter: false, glyph: 'person' },
  inHome: { label: 'In home / product', color: '#16a34a', contactCenter: false, glyph: 'home' },
  mail: { label: 'Mail', color: '#64748b', contactCenter: false, glyph: 'letter' },
  selfService: { label: 'Self-service / help center', color: '#0d9488', contactCenter: false, glyph: 'help' },
  partner: { label: 'Partner', color: '#4f46e5', contactCenter: false, glyph: 'partner' },
} satisfies Readonly<Record<Channel, ChannelTraits>>;

/** A new card's channel until someone picks one (new cards, pasted lines of text). */
export const DEFAULT_CHANNEL: Channel = 'web';

/** The contact-center channels, in the canonical order (pickers group them; they make hubs). */
export const CONTACT_CENTER_CHANNEL_LIST: readonly Channel[] = CHANNELS.filter(
  (c) => CHANNEL_TRAITS[c].contactCenter,
);
/** The other channels (digital and in person), in the canonical order. */
export const OTHER_CHANNEL_LIST: readonly Channel[] = CHANNELS.filter(
  (c) => !CHANNEL_TRAITS[c].contactCenter,
);
/** The contact-center channels as a set (`CHANNEL_TRAITS[c].contactCenter`). */
export const CONTACT_CENTER_CHANNELS: ReadonlySet<Channel> = new Set(CONTACT_CENTER_CHANNEL_LIST);
