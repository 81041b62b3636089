import { z } from 'zod';
import { ACTION_STATUSES, type Action } from '../records/action';
import type { NoteKind } from '../records/note';
import { METRICS_CSV_FIELDS, type MetricsCsvMapping } from '../metrics/metricsCsv';
import { METRIC_KINDS } from '../records/metric';
import type { MetricsInputError } from '../metrics/metricsInput';

/**
 * The shapes of the programme endpoints (issue 19), shared by the server and the client. Bodies
 * are zod schemas (the server validates them); responses are types.
 */

// ── Actions across maps ────────────────────────────────────────────────────────────────────────
/** `GET /api/actions`: every action on maps the requester may view. */
export interface ActionRow {
  readonly mapId: string;
  readonly mapTitle: string;
  readonly action: Action;
  /** The note holding it: kind, text and stage name. */
  readonly noteKind: NoteKind;
  readonly noteText: string;
  readonly stageName: string;
  /** Titles of the touchpoints it addresses (map order). */
  readonly touchpointTitles: readonly string[];
  /** Open and due before the server's today. */
  readonly overdue: boolean;
  /** The requester may change it (editor on that map). */
  readonly canEdit: boolean;
}
export interface ActionsIndexResponse {
  readonly actions: readonly ActionRow[];
  /** The server's today (`YYYY-MM-DD`, UTC): what "overdue" was judged against. */
  readonly today: string;
}

/** `PATCH /api/maps/:id/actions/:actionId`: the actions page changes a status; → `{ action }`. */
export const actionPatchBody = z.strictObject({ status: z.enum(ACTION_STATUSES) });

// ── Maps page digests ──────────────────────────────────────────────────────────────────────────
/** What the maps page shows per map (`GET /api/maps` → each map's `digest`). */
export interface MapDigest {
  readonly openActions: number;
  readonly overdueActions: number;
  readonly unownedTouchpoints: number;
  readonly freshness: {
    /** Touchpoints with metric points. */
    readonly measuredTouchpoints: number;
    /** Of those, how many have a latest point older than the map's threshold. */
    readonly staleTouchpoints: number;
    /** The newest metric point's date; null with none. */
    readonly latestDate: string | null;
  };
  readonly health: { readonly score: number; readonly next: string | null };
}

// ── Metrics API tokens and pushes ─────────────────────────────────────────────────────────────
/** A map's API token as listed (the secret is shown once, when it is created). */
export interface ApiTokenInfo {
  readonly id: string;
  readonly label: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
  /** The token's start, to tell tokens apart ("jmt_3fa9…"). */
  readonly preview: string;
}
/** `POST /api/maps/:id/tokens` (owner only) → 201 `{ token: ApiTokenInfo, secret }`. */
export const createTokenBody = z.strictObject({ label: z.string().trim().min(1).max(80) });
/** `POST /api/maps/:id/metrics` (Bearer API token) and `…/metrics/csv` (editor) → 200 with what was written. */
export interface MetricsWriteResponse {
  readonly written: { readonly points: number; readonly verbatims: number };
}
/** 422: the body was valid JSON but named things the map does not have; nothing was written. */
export interface MetricsRefusal {
  readonly error: string;
  readonly errors: readonly MetricsInputError[];
}
/** `POST /api/maps/:id/metrics/csv`: an editor's CSV upload with the dialog's mapping. */
export const metricsCsvBody = z.strictObject({
  csv: z.string().max(5_000_000),
  fileName: z.string().max(200).optional(),
  mapping: z.strictObject({
    columns: z.partialRecord(z.enum(METRICS_CSV_FIELDS), z.number().int().min(0).max(500)),
    fixedKind: z.enum(METRIC_KINDS).optional(),
  }),
}) satisfies z.ZodType<{ csv: string; mapping: MetricsCsvMapping }>;

// ── Inbox ──────────────────────────────────────────────────────────────────────────────────────
export const NOTIFICATION_KINDS = ['mention', 'reply', 'assigned', 'overdue'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Where a notification's link jumps: a card, a note, a stage, an action (its note) or the map. */
export type NotificationAnchor =
  | { readonly kind: 'touchpoint' | 'note' | 'stage' | 'action'; readonly id: string }
  | { readonly kind: 'map' };

export interface InboxNotification {
  readonly id: string;
  readonly kind: NotificationKind;
  readonly mapId: string;
  readonly mapTitle: string;
  /** One line: "Ana mentioned you: “can we check the IVR…”". */
  readonly text: string;
  /** Who caused it (a name); null for the server (overdue). */
  readonly actor: string | null;
  readonly anchor: NotificationAnchor;
  /** The comment thread, for mentions and replies (the link opens it). */
  readonly threadId?: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly readAt: string | null;
}
/** `GET /api/inbox` (person key) → the newest first, at most 200. */
export interface InboxResponse {
  readonly notifications: readonly InboxNotification[];
  readonly unread: number;
}
/** `POST /api/inbox/read`: mark some, or all, read → `{ unread }`. */
export const inboxReadBody = z.union([
  z.strictObject({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }),
  z.strictObject({ all: z.literal(true) }),
]);
/** `GET` / `PUT /api/me/notifications`: optional e-mail for the person's notifications. */
export const emailSettingsBody = z.strictObject({
  email: z.email().max(254).nullable(),
  emailEnabled: z.boolean(),
});
export type EmailSettings = z.infer<typeof emailSettingsBody>;
/** `GET /api/me/notifications`: the settings, and whether the server can send e-mail at all (SMTP set). */
export interface EmailSettingsResponse extends EmailSettings {
  readonly configured: boolean;
}
