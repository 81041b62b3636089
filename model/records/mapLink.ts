import { z } from 'zod';
import { MAP_ID_PATTERN } from '../ids';

/**
 * Linked journeys (issue 21): a stage or a touchpoint names a child map (`childMapId`) that details
 * it. The parent/child graph is derived from those fields (never stored twice); the server computes
 * each child's roll-up (`model/links/rollup.ts`) and filters it by the viewer's role on the child.
 */
export const mapIdSchema = z.string().regex(MAP_ID_PATTERN, 'expected a map id');

/** Where in the parent the link sits. */
export const MAP_LINK_HOLDERS = ['stage', 'touchpoint'] as const;
export type MapLinkHolder = (typeof MAP_LINK_HOLDERS)[number];
