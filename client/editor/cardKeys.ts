import { CHANNEL_TRAITS, CHANNELS, type Channel, type Emotion } from '../../model';

/**
 * The keys that set a selected card's channel and emotion without opening anything (four keys for a
 * whole card: N, the title, Enter, then a channel's initial and a score).
 */

/**
 * A channel's initial: the first channel whose name starts with that letter, or, when the card
 * already has one of those, the next (P: Phone, then Partner, then Phone again). Undefined when no
 * channel starts with the letter.
 */
export function channelForKey(current: Channel, key: string): Channel | undefined {
  if (key.length !== 1 || !/\p{L}/u.test(key)) return undefined;
  const letter = key.toLocaleLowerCase();
  const matches = CHANNELS.filter((c) => CHANNEL_TRAITS[c].label.toLocaleLowerCase().startsWith(letter));
  if (matches.length === 0) return undefined;
  const at = matches.indexOf(current);
  return matches[(at + 1) % matches.length];
}

/** The letters that name a channel: with a card selected they set its channel, not a shortcut. */
export const CHANNEL_INITIALS: ReadonlySet<string> = new Set(
  CHANNELS.map((c) => CHANNEL_TRAITS[c].label.charAt(0).toLocaleLowerCase()),
);

/** How long a typed "-" or "+" waits for its digit. */
const SIGN_WINDOW_MS = 1500;

/**
 * Scores typed as -2…+2: a digit alone is positive (0, 1, 2); "-" or "+" then a digit within a
 * moment gives the signed score. Returns the score, 'pending' after a sign, or undefined for a key
 * that is not part of a score.
 */
export function createEmotionKeys(now: () => number = Date.now) {
  let sign: { value: 1 | -1; at: number } | null = null;
  return (key: string): Emotion | 'pending' | undefined => {
    if (key === '-' || key === '+') {
      sign = { value: key === '-' ? -1 : 1, at: now() };
      return 'pending';
    }
    if (key !== '0' && key !== '1' && key !== '2') {
      sign = null;
      return undefined;
    }
    const factor = sign && now() - sign.at <= SIGN_WINDOW_MS ? sign.value : 1;
    sign = null;
    const score = Number(key) * factor;
    return (score === 0 ? 0 : score) as Emotion;
  };
}
