import type { JourneyMap } from '../../journeyMap';
import { needsOwner } from '../../insights/needsOwner';
import type { CardLayout, GridLayout } from '../../layout';
import { CHANNEL_TRAITS } from '../../records/channel';
import { emotionColor, type Emotion } from '../../records/emotion';
import type { Touchpoint } from '../../records/touchpoint';
import { DEF_IDS, THEME } from './exportTheme';
import { channelBadge, emotionFace, hubMark, warningMark } from './glyphs';
import { hubFiguresLabels } from '../../programme/ledgerLabels';
import {
  BOTTOM_ROW,
  CARD_FONTS,
  cardText,
  figuresPlace,
  textRoom,
  titleTop,
  vocPlace,
  type CardText,
} from './cardText';
import { el, escapeXml, text } from './svgMarkup';
import { textWidth, truncate } from './textMetrics';

const {
  channel: CHANNEL,
  chip: CHIP,
  badge: BADGE,
  voc: VOC,
  missing: MISSING,
  figures: FIGURES,
} = CARD_FONTS;

/**
 * Every touchpoint card as on the canvas: channel colour bar and icon with the channel's name,
 * title, owner (or a "No owner" flag on a card whose lane needs one), emotion chip. Hubs are
 * larger, tinted, with an orange border and a HUB badge counting the routes into them. Nothing is
 * cut: the title and owner wrap, and the export's layout (exportLayout) grows a lane's cards for
 * them. `texts`: the cards' text as laid out already (exportLayout), worked out here if not given.
 */
export function renderTouchpoints(
  map: JourneyMap,
  layout: GridLayout,
  texts?: ReadonlyMap<string, CardText>,
  figures: ReadonlyMap<string, string> = hubFiguresLabels(map),
): string {
  const routesIn = new Map<string, number>();
  for (const c of map.connections) routesIn.set(c.to, (routesIn.get(c.to) ?? 0) + 1);
  let out = '';
  for (const tp of map.touchpoints) {
    const rect = layout.cards.get(tp.id);
    if (!rect) continue;
    const laid =
      texts?.get(tp.id) ?? cardText(tp, rect.width, rect.hub, rect.hub ? (figures.get(tp.id) ?? '') : '');
    out += touchpointCard(tp, rect, laid, routesIn.get(tp.id) ?? 0, needsOwner(map.lanes, tp));
  }
  return out;
}

function touchpointCard(
  tp: Touchpoint,
  r: CardLayout,
  laid: CardText,
  routesIn: number,
  ownerNeeded: boolean,
): string {
  const { x, y, width: w, height: h, hub } = r;
  const { color, label } = CHANNEL_TRAITS[tp.channel];
  // The whole title and owner as the card's tooltip, in case a line cap cut them (see CardText.cut).
  let out = laid.cut
    ? `<title>${escapeXml([tp.title.trim(), tp.owner.trim()].filter(Boolean).join(' — '))}</title>`
    : '';
  out += el('rect', {
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

  const title = laid.title;
  title.lines.forEach((line, i) => {
    out += text(line, {
      x: x + 15,
      y: y + titleTop(hub) + i * title.step,
      'font-size': title.style.size,
      'font-weight': 'bold',
      fill: THEME.text,
    });
  });

  // A hub's failure-demand figures, right under the title (the layout made room for them).
  const figuresY = figuresPlace(laid, hub);
  if (figuresY !== null) {
    const room = textRoom(w);
    const size = Math.min(FIGURES.size, (FIGURES.size * room) / textWidth(laid.figures, FIGURES));
    out += text(laid.figures, {
      x: x + 15,
      y: y + figuresY,
      'font-size': size,
      'font-weight': 'bold',
      fill: THEME.hub,
      'data-part': 'hub-figures',
    });
  }

  // VoC, when measured and the card has room under the title: the figures a leader asks for first.
  const vocY = vocPlace(laid, hub, h);
  if (vocY !== null) {
    // Shrunk rather than cut when the figures are wider than the card.
    const room = textRoom(w);
    const size = Math.min(VOC.size, (VOC.size * room) / textWidth(laid.voc, VOC));
    out += text(laid.voc, { x: x + 15, y: y + vocY, 'font-size': size, fill: THEME.muted });
  }

  // Bottom row: emotion chip on the right, owner (or the missing-owner flag) beside it.
  const emotion = tp.emotion as Emotion;
  const score = emotion > 0 ? `+${emotion}` : String(emotion);
  const chipWidth = laid.chipWidth;
  const cy = y + h - BOTTOM_ROW;
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
  const owner = laid.owner;
  if (owner.lines.length > 0) {
    // The last line beside the chip, the others above it.
    const last = owner.lines.length - 1;
    owner.lines.forEach((line, i) => {
      out += text(line, {
        x: x + 15,
        y: cy + 12.5 - (last - i) * owner.step,
        'font-size': owner.style.size,
        fill: THEME.muted,
      });
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

/** The tint of a hub card: the hub's soft orange fading to white, as on the canvas. */
export function hubFillDef(): string {
  return el(
    'linearGradient',
    { id: DEF_IDS.hubFill, x1: 0, x2: 0, y1: 0, y2: 1 },
    el('stop', { offset: '0%', 'stop-color': THEME.hubSoft }) +
      el('stop', { offset: '60%', 'stop-color': '#ffffff' }),
  );
}
