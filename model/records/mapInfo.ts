import { z } from 'zod';

/** Whose journey this is and why: the map's header. */
export const mapInfoSchema = z.object({
  title: z.string().max(200),
  persona: z.string().max(500),
  goal: z.string().max(1000),
  scenario: z.string().max(2000),
});
export type MapInfo = Readonly<z.infer<typeof mapInfoSchema>>;

export const EMPTY_MAP_INFO: MapInfo = { title: 'Untitled journey', persona: '', goal: '', scenario: '' };
