import { z } from 'zod';

/** Longest text each header field takes; readMapInfo shows a longer (hostile) value cut to this. */
export const MAP_INFO_MAX_LENGTH = { title: 200, persona: 500, goal: 1000, scenario: 2000 } as const;

/** Whose journey this is and why: the map's header. */
export const mapInfoSchema = z.object({
  title: z.string().max(MAP_INFO_MAX_LENGTH.title),
  persona: z.string().max(MAP_INFO_MAX_LENGTH.persona),
  goal: z.string().max(MAP_INFO_MAX_LENGTH.goal),
  scenario: z.string().max(MAP_INFO_MAX_LENGTH.scenario),
});
export type MapInfo = Readonly<z.infer<typeof mapInfoSchema>>;

export const EMPTY_MAP_INFO: MapInfo = { title: 'Untitled journey', persona: '', goal: '', scenario: '' };
