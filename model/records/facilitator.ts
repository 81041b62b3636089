import { z } from 'zod';
import { MAP_ID_PATTERN } from '../ids';

/**
 * A person as facilitation records name them: the browser's stable identity id (no accounts) and the
 * name others see. The id keeps to the safe id alphabet because vote record ids are built from it.
 */
export const personSchema = z.object({
  userId: z.string().regex(MAP_ID_PATTERN),
  name: z.string().max(60),
});
export type Person = Readonly<z.infer<typeof personSchema>>;

/**
 * Who holds the facilitator seat: `meta.facilitator`, one whole value. Two people taking an empty
 * seat at the same moment both write it; Yjs keeps one of the two on every client, so the map never
 * has two facilitators.
 */
export const facilitatorSchema = personSchema;
export type Facilitator = Person;
