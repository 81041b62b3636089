import { z } from 'zod';
import {
  NOTIFICATION_KINDS,
  type EmailSettings,
  type EmailSettingsResponse,
  type InboxNotification,
  type InboxResponse,
} from '../../model';
import { requestJson } from './apiRequest';

const anchorSchema = z.union([
  z.object({ kind: z.enum(['touchpoint', 'note', 'stage', 'action']), id: z.string() }),
  z.object({ kind: z.literal('map') }),
]);

const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  mapId: z.string(),
  mapTitle: z.string(),
  text: z.string(),
  actor: z.string().nullable(),
  anchor: anchorSchema,
  threadId: z.string().optional(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
}) satisfies z.ZodType<InboxNotification>;

const inboxSchema = z.object({
  notifications: z.array(notificationSchema),
  unread: z.number().int().nonnegative(),
}) satisfies z.ZodType<InboxResponse>;

const unreadSchema = z.object({ unread: z.number().int().nonnegative() });

const settingsSchema = z.object({
  email: z.string().nullable(),
  emailEnabled: z.boolean(),
  configured: z.boolean(),
}) satisfies z.ZodType<EmailSettingsResponse>;

/** GET /api/inbox: this person's newest notifications and how many are unread. */
export function getInbox(signal?: AbortSignal): Promise<InboxResponse> {
  return requestJson('/api/inbox', inboxSchema, { signal });
}

/** POST /api/inbox/read: marks some (or all) read; answers the unread count left. */
export async function markInboxRead(ids: readonly string[] | 'all'): Promise<number> {
  const body = ids === 'all' ? { all: true } : { ids };
  return (await requestJson('/api/inbox/read', unreadSchema, { method: 'POST', body })).unread;
}

export function getEmailSettings(signal?: AbortSignal): Promise<EmailSettingsResponse> {
  return requestJson('/api/me/notifications', settingsSchema, { signal });
}

export function putEmailSettings(settings: EmailSettings): Promise<EmailSettingsResponse> {
  return requestJson('/api/me/notifications', settingsSchema, { method: 'PUT', body: settings });
}
