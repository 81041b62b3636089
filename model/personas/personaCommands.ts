import type * as Y from 'yjs';
import { z } from 'zod';
import { patchRecord, transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { emotionSchema, type Emotion } from '../records/emotion';
import { touchpointSchema } from '../records/touchpoint';
import { parseInput, requireRecord } from './../commands/commandSupport';

const idSchema = z.string().min(1).max(64);
const personaEmotionInput = z.object({
  tpId: idSchema,
  personaId: idSchema,
  emotion: emotionSchema.nullable(),
});
const personaUseInput = z.object({ tpId: idSchema, personaId: idSchema, used: z.boolean() });

/**
 * Sets how one persona feels at a touchpoint; `null` clears it (the persona then feels the
 * touchpoint's `emotion`). One plain value per card: the last writer wins.
 */
export function setPersonaEmotion(
  doc: Y.Doc,
  tpId: string,
  personaId: string,
  emotion: Emotion | null,
  origin?: Origin,
): void {
  const input = parseInput(personaEmotionInput, { tpId, personaId, emotion });
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'touchpoints', input.tpId);
      const current = readField(touchpointSchema.shape.personaEmotions, rec.get('personaEmotions')) ?? {};
      const next: Record<string, number> = { ...current };
      if (input.emotion === null) delete next[input.personaId];
      else next[input.personaId] = input.emotion;
      const value = Object.keys(next).length === 0 ? undefined : next;
      patchRecord(doc, 'touchpoints', input.tpId, {
        personaEmotions: parseInput(touchpointSchema.shape.personaEmotions, value),
      });
    },
    origin,
  );
}

/** Marks a touchpoint as used (or not) by a persona: an unused card is off its curve and dimmed by its filter. */
export function setPersonaUse(
  doc: Y.Doc,
  tpId: string,
  personaId: string,
  used: boolean,
  origin?: Origin,
): void {
  const input = parseInput(personaUseInput, { tpId, personaId, used });
  transactCommand(
    doc,
    () => {
      const rec = requireRecord(doc, 'touchpoints', input.tpId);
      const current = readField(touchpointSchema.shape.notUsedBy, rec.get('notUsedBy')) ?? [];
      const rest = current.filter((id) => id !== input.personaId);
      const next = input.used ? rest : [...rest, input.personaId];
      const value = next.length === 0 ? undefined : next;
      patchRecord(doc, 'touchpoints', input.tpId, {
        notUsedBy: parseInput(touchpointSchema.shape.notUsedBy, value),
      });
    },
    origin,
  );
}

/** The stored value when it is valid; a damaged one is replaced rather than kept. */
function readField<T>(schema: z.ZodType<T>, raw: unknown): T | undefined {
  const r = schema.safeParse(raw);
  return r.success ? r.data : undefined;
}
