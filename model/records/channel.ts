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

export const CHANNEL_LABELS: Record<Channel, string> = {
  web: 'Web',
  mobileApp: 'Mobile app',
  email: 'Email',
  supportEmail: 'Support email',
  phone: 'Phone',
  callback: 'Callback',
  ivr: 'IVR',
  chat: 'Chat',
  messaging: 'Messaging / SMS',
  social: 'Social',
  inPerson: 'In person / store',
  inHome: 'In home / product',
  mail: 'Mail',
  selfService: 'Self-service / help center',
  partner: 'Partner',
};

/** Channel colors: the contact-center family shares warm hues so hubs read as one group. */
export const CHANNEL_COLORS: Record<Channel, string> = {
  web: '#2563eb',
  mobileApp: '#7c3aed',
  email: '#0891b2',
  supportEmail: '#ea580c',
  phone: '#dc2626',
  callback: '#e11d48',
  ivr: '#b45309',
  chat: '#f97316',
  messaging: '#d97706',
  social: '#db2777',
  inPerson: '#059669',
  inHome: '#16a34a',
  mail: '#64748b',
  selfService: '#0d9488',
  partner: '#4f46e5',
};

/** Channels run by the contact center: "the hub of the customer experience" (DOMAIN.md). */
export const CONTACT_CENTER_CHANNELS: ReadonlySet<Channel> = new Set<Channel>([
  'phone',
  'chat',
  'messaging',
  'supportEmail',
  'callback',
  'ivr',
]);
