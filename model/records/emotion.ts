import { z } from 'zod';

/** How the customer feels at a touchpoint: -2 (angry) … 0 (neutral) … +2 (delighted). */
export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;
export const emotionSchema = z.number().int().min(EMOTION_MIN).max(EMOTION_MAX);
export type Emotion = -2 | -1 | 0 | 1 | 2;

export const EMOTION_LABELS: Record<Emotion, string> = {
  [-2]: 'Frustrated',
  [-1]: 'Unhappy',
  0: 'Neutral',
  1: 'Pleased',
  2: 'Delighted',
};

/** Red → amber → green; the curve and the emotion chips share these. */
export const EMOTION_COLORS: Record<Emotion, string> = {
  [-2]: '#dc2626',
  [-1]: '#f97316',
  0: '#eab308',
  1: '#65a30d',
  2: '#16a34a',
};

export function clampEmotion(value: number): Emotion {
  const n = Math.round(Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value)));
  return n as Emotion;
}

/** Colour for any score in [-2, 2], interpolated between the five stops. */
export function emotionColor(value: number): string {
  return EMOTION_COLORS[clampEmotion(value)];
}
