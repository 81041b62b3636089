import { EMOTION_LABELS, type Emotion, type EmotionSource } from '../../../model';

/** The scale left to right, as the picker and the legend show it. */
export const EMOTIONS: readonly Emotion[] = [-2, -1, 0, 1, 2];

/** Same faces as the canvas's emotion chips, so the panel and the cards read alike. */

/** "+2", "0", "-1": a signed score reads as a direction, not a quantity. */
export function signed(n: number, digits = 0): string {
  const text = n.toFixed(digits);
  return n > 0 ? `+${text}` : text;
}

/** "Emotion -2 Frustrated": the accessible name of a scale step (e2e tests find buttons by it). */
export function emotionName(e: Emotion): string {
  return `Emotion ${signed(e)} ${EMOTION_LABELS[e]}`;
}

/** Where a card's emotion comes from, as people read it ("from CES data"). */
export const EMOTION_SOURCE_LABELS: Readonly<Record<EmotionSource, string>> = {
  manual: 'Guess (workshop)',
  csat: 'CSAT',
  nps: 'NPS',
  ces: 'CES',
};
