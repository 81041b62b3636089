import { z } from 'zod';
import { newId } from '../ids';
import { CX_AREAS } from './note';

/** Where an action is in its life: idea → planned → doing → done, or dropped on the way. */
export const ACTION_STATUSES = ['idea', 'planned', 'doing', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** What a status means, as data: code reads these traits instead of testing for a status. */
export interface ActionStatusTraits {
  readonly label: string;
  /** Still to do: counts as open, can be overdue. */
  readonly open: boolean;
  /** Chip colours (canvas, panels, actions page, exports). */
  readonly colors: { readonly fill: string; readonly text: string };
}

export const ACTION_STATUS_TRAITS = {
  idea: { label: 'Idea', open: true, colors: { fill: '#f1f5f9', text: '#334155' } },
  planned: { label: 'Planned', open: true, colors: { fill: '#e0f2fe', text: '#075985' } },
  doing: { label: 'Doing', open: true, colors: { fill: '#fef3c7', text: '#92400e' } },
  done: { label: 'Done', open: false, colors: { fill: '#dcfce7', text: '#166534' } },
  dropped: { label: 'Dropped', open: false, colors: { fill: '#f4f4f5', text: '#71717a' } },
} satisfies Readonly<Record<ActionStatus, ActionStatusTraits>>;

/** Value and effort are scored 1 (low) … 5 (high): the axes of the value × effort matrix. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
const score = z.number().int().min(SCORE_MIN).max(SCORE_MAX);

/** A calendar day, `YYYY-MM-DD` (due dates, metric dates): no time zone to disagree about. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real date',
  );
export type IsoDate = string;

/** An issue-tracker link: http(s) only, so a `javascript:` URL can never be rendered as a link. */
export const actionLinkSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'expected an http(s) URL');

export const ACTION_TITLE_MAX = 200;
/** Most touchpoints one action addresses. */
export const ACTION_TOUCHPOINTS_MAX = 50;

/**
 * Follow-up on an opportunity or a pain point (the `actions` collection): what someone will do, by
 * when, and why it is worth it. Held by one note (`noteId`); deleting the note deletes its actions.
 * Every field but id, noteId, title, status, order and createdAt is optional (absent = not set).
 */
export const actionSchema = z.object({
  id: z.string().min(1).max(64),
  /** The opportunity or pain point that holds it. */
  noteId: z.string().min(1).max(64),
  /** Collaborative text (Y.Text), like a note's text. */
  title: z.string().max(ACTION_TITLE_MAX),
  status: z.enum(ACTION_STATUSES),
  /** Who takes it forward, by name (a team or a person), as touchpoint owners are written. */
  owner: z.string().max(120).optional(),
  /** The person it is assigned to (a person id: their inbox gets it), when picked from people. */
  ownerId: z
    .string()
    .regex(/^p_[A-Za-z0-9_-]{22}$/)
    .optional(),
  due: isoDateSchema.optional(),
  cxArea: z.enum(CX_AREAS).optional(),
  value: score.optional(),
  effort: score.optional(),
  link: actionLinkSchema.optional(),
  /** The touchpoints it addresses (ids; unknown ones are dropped on read). */
  touchpointIds: z.array(z.string().min(1).max(64)).max(ACTION_TOUCHPOINTS_MAX).optional(),
  /** Fractional-index key among its note's actions. */
  order: z.string().min(1).max(200),
  /** Epoch ms. */
  createdAt: z.number().int().nonnegative(),
  /** Epoch ms of the last status change (the actions page sorts by it). */
  statusAt: z.number().int().nonnegative().optional(),
});
export type Action = Readonly<z.infer<typeof actionSchema>>;

export function newActionId(): string {
  return newId('act');
}

/** The host a link points at ("github.com"), shown with its icon; null for a value that is not a URL. */
export function linkHost(link: string): string | null {
  try {
    return new URL(link).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}
