import { CHANNEL_TRAITS, type Channel, type ChannelGlyph } from '../../records/channel';
import type { Emotion } from '../../records/emotion';
import { el, num } from './svgMarkup';

/**
 * Small line icons on a 24×24 grid, drawn as plain paths and circles (no icon font, no emoji), so
 * they look the same in the PNG, the SVG and the PDF. A channel's icon sits in a disc of its colour.
 */
interface Glyph {
  readonly paths: readonly string[];
  /** [cx, cy, r, filled] */
  readonly circles?: ReadonlyArray<readonly [number, number, number, boolean]>;
}

const ENVELOPE: Glyph = { paths: ['M4 6.5h16v11H4Z', 'M4 7.5l8 6 8-6'] };
const HANDSET =
  'M6.5 3.5h3l1.8 4.6-2.4 1.5a10.5 10.5 0 0 0 5.5 5.5l1.5-2.4 4.6 1.8v3a2 2 0 0 1-2 2A16 16 0 0 1 4.5 5.5a2 2 0 0 1 2-2Z';

/** Each channel icon, by the name a channel's `glyph` trait gives (channels may share one). */
const CHANNEL_GLYPHS: Readonly<Record<ChannelGlyph, Glyph>> = {
  globe: {
    paths: ['M3 12h18', 'M12 3c-3.2 3.2-3.2 14.8 0 18', 'M12 3c3.2 3.2 3.2 14.8 0 18'],
    circles: [[12, 12, 9, false]],
  },
  mobile: {
    paths: ['M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Z', 'M10.5 18h3'],
  },
  envelope: ENVELOPE,
  envelopeDot: { paths: [...ENVELOPE.paths], circles: [[19, 17, 3, true]] },
  handset: { paths: [HANDSET] },
  callback: { paths: [HANDSET, 'M15 9l5.5-5.5', 'M15 4.5V9h4.5'] },
  keypad: {
    paths: [],
    circles: [6, 12, 18].flatMap((y) => [6, 12, 18].map((x) => [x, y, 1.9, true] as const)),
  },
  chat: { paths: ['M4 5h16v11H10l-6 4.5Z'] },
  messaging: {
    paths: ['M5 4h14a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H10l-5 4V5a1 1 0 0 1 1-1Z', 'M8.5 8.5h7', 'M8.5 12h4.5'],
  },
  share: {
    paths: ['M8.3 10.8l7.4-4.3', 'M8.3 13.2l7.4 4.3'],
    circles: [
      [18, 5.5, 2.5, false],
      [6, 12, 2.5, false],
      [18, 18.5, 2.5, false],
    ],
  },
  person: { paths: ['M5 20.5a7 7 0 0 1 14 0'], circles: [[12, 8, 3.8, false]] },
  home: { paths: ['M3.5 11.5 12 4l8.5 7.5', 'M6 10v10h12V10', 'M10 20v-5h4v5'] },
  letter: { paths: ['M3 6h18v12H3Z', 'M14.5 8.5h4v4h-4Z', 'M6 10h5.5', 'M6 13.5h5'] },
  help: {
    paths: ['M9.4 9.3a2.7 2.7 0 1 1 3.8 2.5c-.8.4-1.2 1-1.2 1.9v.5'],
    circles: [
      [12, 12, 9, false],
      [12, 17.2, 1.1, true],
    ],
  },
  partner: {
    paths: ['M2.5 20a6.5 6.5 0 0 1 13 0', 'M15 13.6a5.5 5.5 0 0 1 6.5 5.4'],
    circles: [
      [9, 8, 3.5, false],
      [16.5, 8.5, 2.8, false],
    ],
  },
};

function drawGlyph(glyph: Glyph, x: number, y: number, size: number, color: string): string {
  const s = size / 24;
  const sw = num(2.2);
  let body = glyph.paths.map((d) => el('path', { d })).join('');
  for (const [cx, cy, r, filled] of glyph.circles ?? []) {
    body += el('circle', { cx, cy, r, fill: filled ? color : 'none' });
  }
  return el(
    'g',
    {
      transform: `translate(${num(x)} ${num(y)}) scale(${s})`,
      fill: 'none',
      stroke: color,
      'stroke-width': sw,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    },
    body,
  );
}

/** The channel's icon, white on a disc of the channel colour, centred on (cx, cy). */
export function channelBadge(channel: Channel, cx: number, cy: number, r: number, color: string): string {
  const size = r * 1.25;
  return (
    el('circle', { cx, cy, r, fill: color }) +
    drawGlyph(CHANNEL_GLYPHS[CHANNEL_TRAITS[channel].glyph], cx - size / 2, cy - size / 2, size, '#ffffff')
  );
}

/** Mouth per score: a frown at -2 through a wide smile at +2 (as the canvas's EmotionFace). */
const MOUTH: Record<Emotion, string> = {
  [-2]: 'M8 16.5 Q12 12.5 16 16.5',
  [-1]: 'M8.5 16 Q12 14 15.5 16',
  0: 'M8.5 15 L15.5 15',
  1: 'M8.5 14 Q12 16.5 15.5 14',
  2: 'M8 13.5 Q12 18.5 16 13.5',
};

export function emotionFace(emotion: Emotion, x: number, y: number, size: number, color: string): string {
  const eyes: Glyph =
    emotion === -2
      ? { paths: ['M7.5 9 L10 10', 'M16.5 9 L14 10', MOUTH[emotion]], circles: [[12, 12, 9.5, false]] }
      : {
          paths: [MOUTH[emotion]],
          circles: [
            [12, 12, 9.5, false],
            [9, 10, 1, true],
            [15, 10, 1, true],
          ],
        };
  return drawGlyph(eyes, x, y, size, color);
}

/** The hub mark (a ring with a dot), used in the HUB badge and the legend. */
export function hubMark(cx: number, cy: number, r: number, color: string): string {
  return (
    el('circle', { cx, cy, r, fill: 'none', stroke: color, 'stroke-width': 1.3 }) +
    el('circle', { cx, cy, r: r * 0.45, fill: color })
  );
}

/** A warning triangle with an exclamation mark, for the "No owner" flag. */
export function warningMark(x: number, y: number, size: number, color: string): string {
  return drawGlyph(
    { paths: ['M12 3.5 21.5 20h-19Z', 'M12 10v4.5'], circles: [[12, 17.3, 0.9, true]] },
    x,
    y,
    size,
    color,
  );
}
