import type { JourneyMap } from '../../journeyMap';
import { curveLanesNote, ownerLanesLabel } from '../../laneNotes';
import { CHANNEL_TRAITS, CHANNELS } from '../../records/channel';
import { EMOTION_COLORS, EMOTION_LABELS, type Emotion } from '../../records/emotion';
import { NOTE_KIND_TRAITS, NOTE_KINDS } from '../../records/note';
import { DEF_IDS, THEME } from './exportTheme';
import { channelBadge, emotionFace, hubMark, warningMark } from './glyphs';
import type { Block } from './renderHeader';
import { summarySection } from './renderSummary';
import { el, text } from './svgMarkup';
import { textWidth, wrapLines } from './textMetrics';

const HEADING = { size: 11, bold: true } as const;
const ITEM = { size: 12 } as const;
const ROW = 22;
const ROWS = 5;
const SECTION_GAP = 44;
const HUB_TEXT_WIDTH = 250;
/** Beside the emotion scale: which lanes the curve goes through. */
const CURVE_TEXT_WIDTH = 210;
const HUB_TEXT =
  'Contact-center touchpoints (phone, chat, messaging, support email, callback, IVR) are hubs: larger, with an orange border. Orange arrows show where customers fall back on the contact center.';

/** One column of the legend: its width, and how to draw it at a top-left corner. */
export interface LegendSection {
  readonly width: number;
  /** Taller than the legend's usual row (the summary, which wraps instead of cutting its text). */
  readonly height?: number;
  readonly render: (x: number, y: number) => string;
}
type Section = LegendSection;

/**
 * The key a deck reader needs, below the map: the channels this map uses, the emotion scale, what a
 * hub is, the note, route and ownership marks, and a summary of the map's insights. Sections flow left to right and wrap to a second
 * row on narrow maps.
 */
export function layoutLegend(map: JourneyMap, width: number): Block {
  const sections = [
    channelSection(map),
    emotionSection(map),
    hubSection(),
    marksSection(map),
    summarySection(map, width),
  ].filter((s): s is Section => s !== null);
  const sectionHeight = 20 + ROWS * ROW;
  const placed: Array<{ s: Section; dx: number; y: number }> = [];
  let dx = 0;
  let rowY = 34;
  let rowHeight = 0;
  for (const s of sections) {
    if (dx > 0 && dx + s.width > width) {
      rowY += rowHeight + 16;
      rowHeight = 0;
      dx = 0;
    }
    placed.push({ s, dx, y: rowY });
    rowHeight = Math.max(rowHeight, s.height ?? sectionHeight);
    dx += s.width + SECTION_GAP;
  }
  const height = rowY + rowHeight;
  return {
    height,
    render(x, y) {
      let out = text('LEGEND', {
        x,
        y: y + 12,
        'font-size': HEADING.size,
        'font-weight': 'bold',
        fill: THEME.faint,
      });
      for (const p of placed) out += p.s.render(x + p.dx, y + p.y);
      return el('g', { 'data-part': 'legend' }, out);
    },
  };
}

function heading(label: string, x: number, y: number): string {
  return text(label, { x, y: y + 10, 'font-size': HEADING.size, 'font-weight': 'bold', fill: THEME.text });
}

function channelSection(map: JourneyMap): Section | null {
  const used = new Set(map.touchpoints.map((t) => t.channel));
  const channels = CHANNELS.filter((c) => used.has(c));
  if (channels.length === 0) return null;
  const colWidth = Math.max(...channels.map((c) => textWidth(CHANNEL_TRAITS[c].label, ITEM))) + 40;
  const cols = Math.ceil(channels.length / ROWS);
  return {
    width: Math.max(cols * colWidth - 16, textWidth('CHANNELS', HEADING)),
    render(x, y) {
      let out = heading('CHANNELS', x, y);
      channels.forEach((c, i) => {
        const cx = x + Math.floor(i / ROWS) * colWidth;
        const cy = y + 20 + (i % ROWS) * ROW;
        out += channelBadge(c, cx + 9, cy + 9, 9, CHANNEL_TRAITS[c].color);
        out += text(CHANNEL_TRAITS[c].label, {
          x: cx + 25,
          y: cy + 13,
          'font-size': ITEM.size,
          fill: THEME.text,
        });
      });
      return out;
    },
  };
}

function emotionSection(map: JourneyMap): Section {
  const levels: Emotion[] = [2, 1, 0, -1, -2];
  const note = wrapLines(curveLanesNote(map.lanes), CURVE_TEXT_WIDTH, ITEM, 5);
  return {
    width: 150 + CURVE_TEXT_WIDTH,
    render(x, y) {
      let out = heading('EMOTION', x, y);
      out += el('rect', {
        x,
        y: y + 22,
        width: 6,
        height: ROWS * ROW - 6,
        rx: 3,
        fill: `url(#${DEF_IDS.legendGradient})`,
      });
      levels.forEach((e, i) => {
        const cy = y + 20 + i * ROW;
        const score = e > 0 ? `+${e}` : String(e);
        out += el('rect', { x: x + 16, y: cy + 1, width: 40, height: 17, rx: 8.5, fill: EMOTION_COLORS[e] });
        out += emotionFace(e, x + 21, cy + 3.5, 12, '#ffffff');
        out += text(score, {
          x: x + 36,
          y: cy + 13.5,
          'font-size': 11,
          'font-weight': 'bold',
          fill: '#ffffff',
        });
        out += text(EMOTION_LABELS[e], { x: x + 64, y: cy + 13.5, 'font-size': ITEM.size, fill: THEME.text });
      });
      const lines = note.map((line, i) =>
        text(line, { x: x + 150, y: y + 33 + i * 17, 'font-size': ITEM.size, fill: THEME.muted }),
      );
      return out + el('g', { 'data-part': 'curve-lanes' }, lines.join(''));
    },
  };
}

/** The legend's vertical scale bar: +2 green at the top through -2 red at the bottom. */
export function legendGradientDef(): string {
  const levels: Emotion[] = [2, 1, 0, -1, -2];
  const stops = levels
    .map((e, i) => el('stop', { offset: `${i * 25}%`, 'stop-color': EMOTION_COLORS[e] }))
    .join('');
  return el('linearGradient', { id: DEF_IDS.legendGradient, x1: 0, x2: 0, y1: 0, y2: 1 }, stops);
}

function hubSection(): Section {
  const lines = wrapLines(HUB_TEXT, HUB_TEXT_WIDTH, ITEM, 5);
  return {
    width: 96 + HUB_TEXT_WIDTH,
    render(x, y) {
      let out = heading('CONTACT-CENTER HUB', x, y);
      out += el('rect', {
        x,
        y: y + 22,
        width: 84,
        height: 52,
        rx: 8,
        fill: `url(#${DEF_IDS.hubFill})`,
        stroke: THEME.hub,
        'stroke-width': 2,
      });
      out += el('rect', { x: x + 10, y: y + 30, width: 50, height: 16, rx: 8, fill: THEME.hub });
      out += hubMark(x + 19, y + 38, 3.4, '#ffffff');
      out += text('HUB', {
        x: x + 26,
        y: y + 41.5,
        'font-size': 9.5,
        'font-weight': 'bold',
        fill: '#ffffff',
      });
      out += el('path', {
        d: `M${x + 4} ${y + 100}C${x + 24} ${y + 110} ${x + 58} ${y + 104} ${x + 60} ${y + 80}`,
        fill: 'none',
        stroke: THEME.hub,
        'stroke-width': 2.2,
        'marker-end': `url(#${DEF_IDS.arrowHub})`,
      });
      lines.forEach((line, i) => {
        out += text(line, { x: x + 96, y: y + 33 + i * 17, 'font-size': ITEM.size, fill: THEME.muted });
      });
      return out;
    },
  };
}

function marksSection(map: JourneyMap): Section {
  const items: Array<[string, (x: number, y: number) => string]> = [
    ...NOTE_KINDS.map((kind): [string, (x: number, y: number) => string] => {
      const { label, colors } = NOTE_KIND_TRAITS[kind];
      return [
        label,
        (x, y) =>
          el('rect', { x, y: y + 1, width: 22, height: 16, rx: 3, fill: colors.fill, stroke: colors.border }),
      ];
    }),
    [
      'Route between touchpoints',
      (x, y) =>
        el('path', {
          d: `M${x} ${y + 6}c4 10 16 10 20 0`,
          fill: 'none',
          stroke: THEME.connection,
          'stroke-width': 1.8,
          'marker-end': `url(#${DEF_IDS.arrow})`,
        }),
    ],
    [
      'Moment of pain (lowest score)',
      (x, y) =>
        el('circle', { cx: x + 11, cy: y + 9, r: 9, fill: '#dc2626', 'fill-opacity': 0.14 }) +
        el('circle', {
          cx: x + 11,
          cy: y + 9,
          r: 5,
          fill: EMOTION_COLORS[-2],
          stroke: '#ffffff',
          'stroke-width': 1.5,
        }),
    ],
    [
      `No owner: a ${ownerLanesLabel(map.lanes)} card needs one`,
      (x, y) => warningMark(x + 3, y + 1, 16, THEME.missingOwner),
    ],
  ];
  return {
    width: 34 + Math.max(...items.map(([label]) => textWidth(label, ITEM))),
    render(x, y) {
      let out = heading('MARKS', x, y);
      items.forEach(([label, mark], i) => {
        const cy = y + 20 + i * ROW;
        out += mark(x, cy);
        out += text(label, { x: x + 32, y: cy + 13, 'font-size': ITEM.size, fill: THEME.text });
      });
      return out;
    },
  };
}
