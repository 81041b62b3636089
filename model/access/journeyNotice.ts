import { z } from 'zod';
import { roleSchema } from './roles';

/**
 * Journey's own y-websocket message type ("journey notice"), next to sync (0), awareness (1),
 * auth (2) and query-awareness (3). Its payload is one varString of JSON, validated with
 * `journeyNoticeSchema`. A stock provider has no handler for it and logs "Unable to compute
 * message" for each one, so the server sends notices only to sockets that ask for them (`NOTICES_PARAM`).
 */
export const JOURNEY_NOTICE_MESSAGE = 4;

/**
 * The socket URL parameter (`?notices=1`) by which a client that handles message type 4 (the app,
 * through `noticeParams()`) asks for journey notices. Without it the server sends only standard
 * y-websocket messages: a stock client sees nothing it does not know.
 */
export const NOTICES_PARAM = 'notices';

export function noticeParams(): Record<string, string> {
  return { [NOTICES_PARAM]: '1' };
}

export const journeyNoticeSchema = z.discriminatedUnion('type', [
  /** Sent on connect: the role this connection was granted, so the UI can go read-only at once. */
  z.object({
    type: z.literal('role'),
    role: roleSchema,
    /** The person id the server stamped on this connection (from the person key, or anonymous). */
    personId: z.string().max(64).optional(),
  }),
  /** The server dropped a write from this connection (it was not applied, stored or broadcast). */
  z.object({
    type: z.literal('write-rejected'),
    reason: z.string().max(500),
    /** The server rule the write broke (server/policy), when it was a rule and not the role. */
    rule: z.string().max(40).optional(),
  }),
  /** Issue 21: a child map this map links was saved (or its access changed): fetch the links again. */
  z.object({ type: z.literal('links-changed'), childMapId: z.string().max(64) }),
]);
/**
 * The `rule` of a write-rejected notice for a write from a tab older than the map's schema
 * (server/ws/Connection): the tab goes read-only and asks for a reload instead of lowering its role.
 */
export const SCHEMA_RULE = 'schema';

export type JourneyNotice = z.infer<typeof journeyNoticeSchema>;
