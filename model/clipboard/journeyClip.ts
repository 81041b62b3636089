import { z } from 'zod';
import { editableTouchpointSchema } from '../commands/touchpoints';
import { connectionSchema } from '../records/connection';
import { LANE_KINDS } from '../records/lane';
import { noteSchema } from '../records/note';
import { stageSchema } from '../records/stage';

/**
 * A clip: copied cards, notes and the routes between them, as they travel through the system
 * clipboard from one map to another (or to the same one). It carries content, never identity: every
 * paste makes new records with new ids. Whatever is on a clipboard may come from anywhere, so it is
 * read back only through `parseClip`, with caps on every count and on its size.
 */
export const CLIP_FORMAT = 'journey-clip';
export const CLIP_VERSION = 1;

export const CLIP_LIMITS = {
  /**
   * Characters of clip text. One paste is one update on the wire, and the server closes a socket
   * whose message passes 1 MiB (JOURNEY_MAX_MESSAGE_BYTES); 256 K characters stay under it even
   * when every one takes 3 bytes in UTF-8.
   */
  chars: 256_000,
  touchpoints: 200,
  notes: 200,
  routes: 500,
  /** Lines of plain text one paste turns into cards (linesClip.ts). */
  lines: 100,
} as const;

/** A name the clip uses for a copied card, so routes and notes can point at it; never a new record's id. */
const refSchema = z.string().min(1).max(64);

/**
 * Where a copied record stood. Only a hint: a paste with no cell selected looks for the same stage by
 * id (the same map), else by name (another map), else uses the first stage. Lanes likewise.
 */
const clipStageSchema = z.object({ id: stageSchema.shape.id, name: stageSchema.shape.name });
const clipLaneSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(LANE_KINDS),
  label: z.string().max(120),
});

export const clipTouchpointSchema = editableTouchpointSchema.extend({
  ref: refSchema,
  stage: clipStageSchema.optional(),
  lane: clipLaneSchema.optional(),
});
export const clipNoteSchema = noteSchema
  .pick({ kind: true, text: true, cxArea: true, whys: true, owner: true })
  .extend({
    stage: clipStageSchema.optional(),
    /** The copied card this note is tied to; a note tied to a card left behind is copied untied. */
    touchpointRef: refSchema.optional(),
  });
export const clipRouteSchema = connectionSchema
  .pick({ label: true, volume: true })
  .extend({ from: refSchema, to: refSchema });

export const journeyClipSchema = z
  .object({
    format: z.literal(CLIP_FORMAT),
    version: z.literal(CLIP_VERSION),
    touchpoints: z.array(clipTouchpointSchema).max(CLIP_LIMITS.touchpoints),
    notes: z.array(clipNoteSchema).max(CLIP_LIMITS.notes),
    routes: z.array(clipRouteSchema).max(CLIP_LIMITS.routes),
  })
  .superRefine((clip, ctx) => {
    const problem = referenceProblem(clip);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export type JourneyClip = z.infer<typeof journeyClipSchema>;
export type ClipTouchpoint = JourneyClip['touchpoints'][number];
export type ClipNote = JourneyClip['notes'][number];
export type ClipRoute = JourneyClip['routes'][number];

/** Refs are unique, and every route and note names a card of the clip. */
function referenceProblem(clip: Pick<JourneyClip, 'touchpoints' | 'notes' | 'routes'>): string | undefined {
  const refs = new Set<string>();
  for (const t of clip.touchpoints) {
    if (refs.has(t.ref)) return `two cards share the ref "${t.ref}"`;
    refs.add(t.ref);
  }
  for (const r of clip.routes) {
    if (!refs.has(r.from) || !refs.has(r.to)) return 'a route names a card the clip does not hold';
    if (r.from === r.to) return 'a route goes from a card to itself';
  }
  for (const n of clip.notes) {
    if (n.touchpointRef !== undefined && !refs.has(n.touchpointRef))
      return 'a note names a card the clip does not hold';
  }
  return undefined;
}

export type ClipResult =
  { readonly ok: true; readonly clip: JourneyClip } | { readonly ok: false; readonly error: string };

/**
 * True for text that says it is a clip (and so must parse as one, or be refused), false for any
 * other text, which a paste treats as lines.
 */
export function looksLikeClip(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes(`"${CLIP_FORMAT}"`);
}

/**
 * Reads a clip from clipboard text; never throws. A refusal says what is wrong in words a person can
 * act on, with the first problem found, e.g. `touchpoints[2].emotion: Too big: expected number to be <=2`.
 */
export function parseClip(text: string): ClipResult {
  if (text.length > CLIP_LIMITS.chars)
    return refuse(`it is too big to paste at once (${kb(text.length)}; at most ${kb(CLIP_LIMITS.chars)})`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('it is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return refuse('it is not a JSON object');
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== CLIP_FORMAT) return refuse(`its format is not "${CLIP_FORMAT}"`);
  if (typeof version === 'number' && version > CLIP_VERSION)
    return refuse(`it was copied from a newer Journey (clip version ${version}); reload this page to update`);
  const parsed = journeyClipSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .slice(1);
    // An enum's message lists every allowed value in one unbreakable line: "unknown value" says enough.
    const message = issue?.code === 'invalid_value' ? 'unknown value' : issue?.message;
    return refuse(message ? `${where ? `${where}: ` : ''}${message}` : 'it is not a valid clip');
  }
  if (parsed.data.touchpoints.length + parsed.data.notes.length === 0)
    return refuse('it holds no cards or notes');
  return { ok: true, clip: parsed.data };
}

function refuse(why: string): ClipResult {
  return { ok: false, error: `The clipboard's cards could not be pasted: ${why}.` };
}

function kb(chars: number): string {
  return `${Math.ceil(chars / 1000)} K characters`;
}
