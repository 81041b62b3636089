import { z } from 'zod';
import { newId } from '../ids';

/**
 * A persona from the server's persona library (issue 21): who a journey is drawn for. The library is
 * its own Y.Doc (one per server, synced and role-checked like a map); a map links personas by id in
 * `settings.personaIds`, and a touchpoint can carry an emotion per persona (`personaEmotions`) and say
 * which personas do not use it (`notUsedBy`).
 */
export const MAX_MAP_PERSONAS = 5;
export const MAX_LIBRARY_PERSONAS = 200;
export const PERSONA_LIST_MAX = 20;

/** Curve and legend colours, picked in turn for new personas (distinct from the emotion scale). */
export const PERSONA_COLORS = ['#2563eb', '#9333ea', '#0891b2', '#db2777', '#ca8a04', '#4f46e5'] as const;

const listItem = z.string().max(300);

export const personaSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(120),
  /** Shown under the name: "Small-business owner, 42". */
  role: z.string().max(200),
  /** An https: or data:image/ URL; absent = initials on the colour. */
  photo: z
    .string()
    .max(200_000)
    .regex(/^(https:\/\/|data:image\/(png|jpeg|webp);base64,)/, 'expected an https: or image data URL')
    .optional(),
  /** Two letters at most; absent = derived from the name (`personaInitials`). */
  initials: z.string().max(2).optional(),
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  goals: z.array(listItem).max(PERSONA_LIST_MAX),
  needs: z.array(listItem).max(PERSONA_LIST_MAX),
  frustrations: z.array(listItem).max(PERSONA_LIST_MAX),
  quote: z.string().max(500),
  /** Fractional-index key: the library's order. */
  order: z.string().min(1).max(200),
});
export type Persona = Readonly<z.infer<typeof personaSchema>>;

export function newPersonaId(): string {
  return newId('persona');
}

/** "Dana Ruiz" → "DR"; falls back to "?" for an empty name. */
export function personaInitials(persona: Pick<Persona, 'name' | 'initials'>): string {
  if (persona.initials) return persona.initials.toUpperCase();
  const words = persona.name.trim().split(/\s+/).filter(Boolean);
  const letters =
    words.length > 1 ? [words[0]![0], words[words.length - 1]![0]] : [words[0]?.[0], words[0]?.[1]];
  const out = letters.filter(Boolean).join('').toUpperCase();
  return out || '?';
}
