import type { JourneyMap } from '../../journeyMap';
import { needsOwner } from '../../insights/needsOwner';
import type { CardLayout, GridLayout } from '../../layout';
import { CHANNEL_TRAITS } from '../../records/channel';
import { emotionColor, type Emotion } from '../../records/emotion';
import type { Touchpoint } from '../../records/touchpoint';
import { DEF_IDS, THEME } from './exportTheme';
import { channelBadge, emotionFace, hubMark, warningMark } from './glyphs';
import { el, text } from './svgMarkup';
import { textWidth, truncate, wrapLines } from './textMetrics';

const CHANNEL = { size: 10, bold: true } as const;
const OWNER = { size: 11 } as const;
const MISSING = { size: 11, bold: true } as const;
const CHIP = { size: 11, bold: true } as const;
const BADGE = { size: 9.5, bold: true } as const;
const VOC = { size: 10.5 } as const;

/**
 * Every touchpoint card as on the canvas: channel colour bar and icon with the channel's name,
 * title (two lines), owner (or a "No owner" flag on a card whose lane needs one), emotion chip. Hubs
 * are larger, tinted, with an orange border and a HUB badge counting the routes into them.
 */
export function renderTouchpoints(map: JourneyMap, layout: GridLayout): string {
  const routesIn = new Map<string, number>();
  for (const c of map.connections) routesIn.set(c.to, (routesIn.get(c.to) ?? 0) + 1);
  let out = '';
  for (const tp of map.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (rect) out += touchpointCard(tp, rect, routesIn.get(tp.id) ?? 0, needsOwner(map.lanes, tp));
  }
  return out;
}

function touchpointCard(tp: Touchpoint, r: CardLayout, routesIn: number, ownerNeeded: boolean): string {
  const { x, y, width: w, height: h, hub } = r;
  const { color, label } = CHANNEL_TRAITS[tp.channel];
  let out = el('rect', {
    x,
    y: y + (hub ? 2 : 1.5),
    width: w,
    height: h,
    rx: 10,
    fill: hub ? THEME.hub : THEME.shadow,
    'fill-opacity': hub ? 0.14 : 0.07,
  });
  out += el('rect', {
    x,
    y,
    width: w,
    height: h,
    rx: 10,
    fill: hub ? `url(#${DEF_IDS.hubFill})` : THEME.surface,
    stroke: hub ? THEME.hub : THEME.borderStrong,
    'stroke-width': hub ? 2 : 1,
  });
  out += el('rect', { x: x + 4, y: y + 8, width: 4, height: h - 16, rx: 2, fill: color });

  // Top row: channel icon and name, HUB badge on the right.
  let badgeWidth = 0;
  if (hub) {
    const label = routesIn > 0 ? `HUB · ${routesIn} IN` : 'HUB';
    badgeWidth = textWidth(label, BADGE) + 24;
    const bx = x + w - 10 - badgeWidth;
    out += el('rect', { x: bx, y: y + 9, width: badgeWidth, height: 16, rx: 8, fill: THEME.hub });
    out += hubMark(bx + 9, y + 17, 3.4, '#ffffff');
    out += text(label, {
      x: bx + 16,
      y: y + 20.5,
      'font-size': BADGE.size,
      'font-weight': 'bold',
      fill: '#ffffff',
    });
  }
  out += channelBadge(tp.channel, x + 23, y + 17, 8, color);
  const channelLabel = truncate(label.toUpperCase(), w - 48 - badgeWidth - 6, CHANNEL);
  out += text(channelLabel, {
    x: x + 35,
    y: y + 20.5,
    'font-size': CHANNEL.size,
    'font-weight': 'bold',
    fill: THEME.muted,
  });

  const titleStyle = { size: hub ? 14.5 : 13.5, bold: true };
  const lines = wrapLines(tp.title.trim() || 'Untitled touchpoint', w - 28, titleStyle, 2);
  lines.forEach((line, i) => {
    out += text(line, {
      x: x + 15,
      y: y + (hub ? 45 : 42) + i * (titleStyle.size + 4),
      'font-size': titleStyle.size,
      'font-weight': 'bold',
      fill: THEME.text,
    });
  });

  // VoC, when measured and there is room under a one-line title: the figures a leader asks for first.
  const voc = vocLine(tp);
  if (voc && lines.length === 1) {
    out += text(truncate(voc, w - 28, VOC), {
      x: x + 15,
      y: y + (hub ? 64 : 60),
      'font-size': VOC.size,
      fill: THEME.muted,
    });
  }

  // Bottom row: emotion chip on the right, owner (or the missing-owner flag) beside it.
  const emotion = tp.emotion as Emotion;
  const score = emotion > 0 ? `+${emotion}` : String(emotion);
  const chipWidth = textWidth(score, CHIP) + 30;
  const cy = y + h - 25;
  out += el('rect', {
    x: x + w - 10 - chipWidth,
    y: cy,
    width: chipWidth,
    height: 17,
    rx: 8.5,
    fill: emotionColor(emotion),
  });
  out += emotionFace(emotion, x + w - 10 - chipWidth + 6, cy + 2.5, 12, '#ffffff');
  out += text(score, {
    x: x + w - 10 - chipWidth + 21,
    y: cy + 12.5,
    'font-size': CHIP.size,
    'font-weight': 'bold',
    fill: '#ffffff',
  });
  const ownerRoom = w - 28 - chipWidth - 8;
  if (tp.owner.trim()) {
    out += text(truncate(tp.owner.trim(), ownerRoom, OWNER), {
      x: x + 15,
      y: cy + 12.5,
      'font-size': OWNER.size,
      fill: THEME.muted,
    });
  } else if (ownerNeeded) {
    out += warningMark(x + 14, cy + 1.5, 13, THEME.missingOwner);
    out += text('No owner', {
      x: x + 31,
      y: cy + 12.5,
      'font-size': MISSING.size,
      'font-weight': 'bold',
      fill: THEME.missingOwner,
    });
  }
  return el('g', { 'data-kind': 'touchpoint', 'data-id': tp.id, 'data-hub': hub ? 'true' : 'false' }, out);
}

function vocLine(tp: Touchpoint): string {
  const parts: string[] = [];
  if (tp.voc?.nps !== undefined) parts.push(`NPS ${tp.voc.nps}`);
  if (tp.voc?.csat !== undefined) parts.push(`CSAT ${tp.voc.csat}`);
  if (parts.length > 0 && tp.voc?.sampleSize !== undefined) parts.push(`n=${tp.voc.sampleSize}`);
  return parts.join(' · ');
}

/** The tint of a hub card: the hub's soft orange fading to white, as on the canvas. */
export function hubFillDef(): string {
  return el(
    'linearGradient',
    { id: DEF_IDS.hubFill, x1: 0, x2: 0, y1: 0, y2: 1 },
    el('stop', { offset: '0%', 'stop-color': THEME.hubSoft }) +
      el('stop', { offset: '60%', 'stop-color': '#ffffff' }),
  );
}
