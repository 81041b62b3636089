import { z } from 'zod';
import { newId } from '../ids';
import { channelSchema } from './channel';
import { emotionSchema } from './emotion';
import { evidenceSchema } from './evidence';
import { futureStatusSchema } from './futureState';
import { mapIdSchema } from './mapLink';
import { MAX_MAP_PERSONAS } from './persona';

/** Voice-of-the-customer data measured at a touchpoint. */
export const vocSchema = z.object({
  nps: z.number().min(-100).max(100).optional(),
  csat: z.number().min(1).max(5).optional(),
  sampleSize: z.number().int().min(0).optional(),
  verbatims: z.array(z.string().max(500)).max(50).optional(),
});
export type Voc = Readonly<z.infer<typeof vocSchema>>;

/** 'auto' follows the channel rule; 'hub' / 'notHub' are a facilitator's override. */
/**
 * Where a touchpoint's emotion comes from: the workshop's guess ('manual'), or derived from its CSAT
 * NPS or CES: the latest metric point of that kind, else the static VoC figure (insights/emotionFromData.ts). Derived emotion is applied by readMap; the stored guess stays
 * in the doc, so switching back to 'manual' restores it.
 */
export const EMOTION_SOURCES = ['manual', 'csat', 'nps', 'ces'] as const;
export type EmotionSource = (typeof EMOTION_SOURCES)[number];

export const HUB_OVERRIDES = ['auto', 'hub', 'notHub'] as const;
export type HubOverride = (typeof HUB_OVERRIDES)[number];

/** A moment where the customer meets the company: a card in a stage × lane cell. */
export const touchpointSchema = z.object({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  stageId: z.string().min(1).max(64),
  laneId: z.string().min(1).max(64),
  /** Fractional-index key of the card inside its cell. */
  order: z.string().min(1).max(200),
  channel: channelSchema,
  owner: z.string().max(120),
  description: z.string().max(4000),
  emotion: emotionSchema,
  hub: z.enum(HUB_OVERRIDES),
  voc: vocSchema.optional(),
  /**
   * Locked by the facilitator: it cannot be moved or deleted (its content stays editable). Optional,
   * absent = unlocked, so maps saved before locks existed need no migration.
   */
  locked: z.boolean().optional(),
  /** Optional, absent = 'manual', so maps saved before derived emotions existed need no migration. */
  emotionSource: z.enum(EMOTION_SOURCES).optional(),
  /** How we know (records/evidence.ts); absent = assumed. */
  evidence: evidenceSchema.optional(),
  /**
   * Issue 21, all optional (absent = as before), so older maps need no migration.
   * `personaEmotions`: the emotion per library persona id (records/persona.ts); a linked persona
   * without an entry feels `emotion`. One plain value: two people setting two personas' emotions on
   * one card at once keep the last write.
   */
  personaEmotions: z.record(z.string().min(1).max(64), emotionSchema).optional(),
  /** Persona ids that do not use this touchpoint: dimmed by the persona filter, off their curve. */
  notUsedBy: z
    .array(z.string().min(1).max(64))
    .max(MAX_MAP_PERSONAS * 4)
    .optional(),
  /** A child map that details this touchpoint ("Claim" → the claim journey). */
  childMapId: mapIdSchema.optional(),
  /** What the future state does to the card (records/futureState.ts); absent = unchanged. */
  futureStatus: futureStatusSchema.optional(),
  /** The to-be emotion; absent = the current emotion (records/futureState.ts). */
  futureEmotion: emotionSchema.optional(),
  /** What changes, in a line ("Status by text, no call needed"). */
  futureNote: z.string().max(1000).optional(),
});
/**
 * The record as stored, plus two snapshot-only fields readMap sets when `emotion` was derived from VoC
 * data (never written to the doc): `emotionMeasured: true`, and `manualEmotion`, the stored guess the
 * map file keeps so an export/import round trip does not lose it.
 */
export type Touchpoint = Readonly<
  z.infer<typeof touchpointSchema> & {
    emotionMeasured?: boolean;
    manualEmotion?: z.infer<typeof emotionSchema>;
    /** Set with `emotionMeasured` when it came from a metric point: that point's date (staleness). */
    emotionDate?: string;
  }
>;

export function newTouchpointId(): string {
  return newId('tp');
}
