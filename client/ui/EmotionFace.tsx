import type { Emotion } from '../../model';

/** Mouth curve per score: a frown at -2 through a wide smile at +2. */
const MOUTH: Record<Emotion, string> = {
  [-2]: 'M8 16.5 Q12 12.5 16 16.5',
  [-1]: 'M8.5 16 Q12 14 15.5 16',
  0: 'M8.5 15 L15.5 15',
  1: 'M8.5 14 Q12 16.5 15.5 14',
  2: 'M8 13.5 Q12 18.5 16 13.5',
};

/**
 * A small face for an emotion score, drawn as SVG so it looks the same everywhere (emoji need a
 * colour-emoji font that many Linux machines and CI browsers lack).
 */
export function EmotionFace({ emotion, size = 14 }: { emotion: Emotion; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
      style={{ verticalAlign: '-2px' }}
    >
      <circle cx="12" cy="12" r="9.5" />
      {emotion === -2 ? (
        <>
          <path d="M7.5 9 L10 10" />
          <path d="M16.5 9 L14 10" />
        </>
      ) : (
        <>
          <circle cx="9" cy="10" r="0.6" fill="currentColor" />
          <circle cx="15" cy="10" r="0.6" fill="currentColor" />
        </>
      )}
      <path d={MOUTH[emotion]} />
    </svg>
  );
}
