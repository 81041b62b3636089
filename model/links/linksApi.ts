import { z } from 'zod';
import { MAP_LINK_HOLDERS, mapIdSchema } from '../records/mapLink';

/**
 * A child map's figures as its parent shows them (issue 21), computed on the server from the child's
 * saved doc (`rollupOf`), for a viewer who may open the child. Null emotion = no touchpoints.
 */
export const mapRollupSchema = z.object({
  /** Mean of the child's touchpoint emotions (as read: derived emotions included), -2 … 2. */
  averageEmotion: z.number().min(-2).max(2).nullable(),
  touchpoints: z.number().int().min(0),
  /** Touchpoints that are hubs, and the contacts routed into them (route volumes; 1 per unvolumed route). */
  hubs: z.number().int().min(0),
  hubLoad: z.number().min(0),
  openActions: z.number().int().min(0),
  overdueActions: z.number().int().min(0),
  /** Touchpoints whose lane needs an owner and that have none. */
  unownedTouchpoints: z.number().int().min(0),
});
export type MapRollup = z.infer<typeof mapRollupSchema>;

/**
 * One link from the asked map to a child. `access`: 'ok' (rollup and title present), 'hidden' (the
 * viewer may not open the child: no title, no figures), 'missing' (the child is deleted or unknown).
 */
export const childLinkSchema = z.object({
  holder: z.enum(MAP_LINK_HOLDERS),
  /** The stage's or touchpoint's id in the parent. */
  holderId: z.string().min(1).max(64),
  mapId: mapIdSchema,
  access: z.enum(['ok', 'hidden', 'missing']),
  title: z.string().max(200).optional(),
  rollup: mapRollupSchema.optional(),
});
export type ChildLink = z.infer<typeof childLinkSchema>;

/** A map that links the asked one (the breadcrumb), only if the viewer may open it. */
export const parentLinkSchema = z.object({ mapId: mapIdSchema, title: z.string().max(200) });
export type ParentLink = z.infer<typeof parentLinkSchema>;

/** GET /api/maps/:id/links (viewer of :id or better). */
export const mapLinksResponseSchema = z.object({
  parents: z.array(parentLinkSchema),
  children: z.array(childLinkSchema),
});
export type MapLinksResponse = z.infer<typeof mapLinksResponseSchema>;
