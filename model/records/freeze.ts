import { z } from 'zod';
import { personSchema } from './facilitator';

/**
 * `meta.frozen`, set by the facilitator: while present, only the facilitator changes the map and
 * everyone else sees it read-only (the server enforces it). Who froze it is kept for the banner.
 */
export const freezeSchema = z.object({
  by: personSchema.shape.userId,
  name: personSchema.shape.name,
});
export type Freeze = Readonly<z.infer<typeof freezeSchema>>;
