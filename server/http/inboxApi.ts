import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  emailSettingsBody,
  inboxReadBody,
  type EmailSettingsResponse,
  type InboxNotification,
  type InboxResponse,
} from '../../model';
import { personFromRequest } from '../access/person';
import type { NotificationService } from '../notifications/NotificationService';
import type { MapStore } from '../persistence/MapStore';
import type { NotificationRecord } from '../persistence/NotificationStore';
import { HttpError } from './HttpError';
import { readJsonBody, sendJson } from './json';

/** The newest this many are listed. */
export const INBOX_LIMIT = 200;

export interface InboxRoute {
  pattern: RegExp;
  methods: Partial<
    Record<string, (ctx: { req: IncomingMessage; res: ServerResponse }) => Promise<void> | void>
  >;
}

/**
 * The inbox endpoints (issue 19). Everything is the requester's own: the person is derived from
 * their key (never a person id in the request), so nobody can list, mark or configure another's.
 */
export function inboxRoutes(
  store: MapStore,
  service: NotificationService,
  maxBodyBytes: number,
  now: () => number = Date.now,
): InboxRoute[] {
  const notifications = store.notifications;
  const body = <T>(req: IncomingMessage, schema: z.ZodType<T>) => readJsonBody(req, schema, maxBodyBytes);
  return [
    {
      pattern: /^\/api\/inbox$/,
      methods: {
        GET: ({ req, res }) => {
          const personId = requirePerson(req);
          service.sweepIfStale();
          sendJson(res, 200, inboxOf(store, personId));
        },
      },
    },
    {
      pattern: /^\/api\/inbox\/read$/,
      methods: {
        POST: async ({ req, res }) => {
          const personId = requirePerson(req);
          const read = await body(req, inboxReadBody);
          notifications.markRead(personId, 'all' in read ? 'all' : read.ids, now());
          sendJson(res, 200, { unread: notifications.unreadCount(personId) });
        },
      },
    },
    {
      pattern: /^\/api\/me\/notifications$/,
      methods: {
        GET: ({ req, res }) => {
          sendJson(res, 200, settingsOf(store, service, requirePerson(req)));
        },
        PUT: async ({ req, res }) => {
          const personId = requirePerson(req);
          const settings = await body(req, emailSettingsBody);
          if (settings.emailEnabled && settings.email === null) {
            throw new HttpError(400, 'an e-mail address is needed to turn e-mail on');
          }
          notifications.putSettings(personId, { ...settings, baseUrl: baseUrlOf(req) }, now());
          sendJson(res, 200, settingsOf(store, service, personId));
        },
      },
    },
  ];
}

/** 401 without a person key: an anonymous request has no inbox. */
function requirePerson(req: IncomingMessage): string {
  const person = personFromRequest(req);
  if (!person.keyed) {
    throw new HttpError(401, 'Notifications belong to a person: send your person key.', {}, 'no_person');
  }
  return person.id;
}

function inboxOf(store: MapStore, personId: string): InboxResponse {
  const titles = new Map<string, string>();
  const titleOf = (mapId: string) => {
    if (!titles.has(mapId)) titles.set(mapId, store.getMap(mapId)?.title ?? '');
    return titles.get(mapId)!;
  };
  return {
    notifications: store.notifications
      .list(personId, INBOX_LIMIT)
      .map((n) => toInboxNotification(n, titleOf(n.mapId))),
    unread: store.notifications.unreadCount(personId),
  };
}

function toInboxNotification(n: NotificationRecord, mapTitle: string): InboxNotification {
  return {
    id: n.id,
    kind: n.kind,
    mapId: n.mapId,
    mapTitle,
    text: n.text,
    actor: n.actor,
    anchor: n.anchor,
    ...(n.threadId === null ? {} : { threadId: n.threadId }),
    createdAt: new Date(n.createdAt).toISOString(),
    readAt: n.readAt === null ? null : new Date(n.readAt).toISOString(),
  };
}

function settingsOf(store: MapStore, service: NotificationService, personId: string): EmailSettingsResponse {
  const stored = store.notifications.getSettings(personId);
  return {
    email: stored?.email ?? null,
    emailEnabled: stored?.emailEnabled ?? false,
    configured: service.emailConfigured,
  };
}

/**
 * How this person reached the server, for the link in their e-mails when JOURNEY_PUBLIC_URL is
 * unset: the Origin a browser sends (checked by the origin policy), else the Host (checked too).
 */
function baseUrlOf(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  if (typeof origin === 'string' && /^https?:\/\/[^/\s]+$/.test(origin)) return origin;
  const host = req.headers.host;
  return typeof host === 'string' && /^[A-Za-z0-9.:[\]-]+$/.test(host) ? `http://${host}` : null;
}
