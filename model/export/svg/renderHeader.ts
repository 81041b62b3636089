import { isHub } from '../../hub';
import type { JourneyMap } from '../../journeyMap';
import { THEME } from './exportTheme';
import { el, text } from './svgMarkup';
import { textWidth, type TextStyle } from './textMetrics';
import { wrapText } from './wrapText';

/** A block of the page: its height is known before it is drawn, so the page can be sized first. */
export interface Block {
  readonly height: number;
  readonly render: (x: number, y: number) => string;
}

const TITLE: TextStyle = { size: 28, bold: true };
const LABEL: TextStyle = { size: 11, bold: true };
const VALUE: TextStyle = { size: 15 };
const SCENARIO: TextStyle = { size: 13 };
const META: TextStyle = { size: 12 };
const LABEL_WIDTH = 84;

/**
 * The deck reader's first question: whose journey, and why. Title, persona, goal and scenario on
 * the left; on the right a one-line summary (stages, touchpoints, hubs) and the export date if given.
 */
export function layoutHeader(map: JourneyMap, width: number, date?: string): Block {
  const hubs = map.touchpoints.filter(isHub).length;
  const counts = [
    plural(map.stages.length, 'stage'),
    plural(map.touchpoints.length, 'touchpoint'),
    plural(hubs, 'hub'),
    ...(date ? [date] : []),
  ].join('  ·  ');
  const metaWidth = textWidth(counts, META);
  // Whole, however long (the model bounds them: a title of 200 characters, a scenario of 2,000).
  const whole = (text: string, room: number, style: TextStyle) => wrapText(text, room, style).lines;
  const titleLines = whole(map.info.title.trim() || 'Untitled journey', width - metaWidth - 32, TITLE);
  const valueWidth = width - LABEL_WIDTH;
  const fields = [
    {
      label: 'PERSONA',
      lines: whole(map.info.persona, valueWidth, VALUE),
      style: VALUE,
      lineHeight: 20,
      color: THEME.text,
    },
    {
      label: 'GOAL',
      lines: whole(map.info.goal, valueWidth, VALUE),
      style: VALUE,
      lineHeight: 20,
      color: THEME.text,
    },
    {
      label: 'SCENARIO',
      lines: whole(map.info.scenario, valueWidth, SCENARIO),
      style: SCENARIO,
      lineHeight: 18,
      color: THEME.muted,
    },
  ].filter((f) => f.lines.length > 0);

  let height = titleLines.length * 34 + 8;
  for (const f of fields) height += f.lines.length * f.lineHeight + 6;
  height += 14;

  return {
    height,
    render(x, y) {
      let out = titleLines
        .map((line, i) =>
          text(line, {
            x,
            y: y + 27 + i * 34,
            'font-size': TITLE.size,
            'font-weight': 'bold',
            fill: THEME.text,
          }),
        )
        .join('');
      out += text(counts, {
        x: x + width,
        y: y + 22,
        'font-size': META.size,
        fill: THEME.muted,
        'text-anchor': 'end',
      });
      let cy = y + titleLines.length * 34 + 8;
      for (const f of fields) {
        out += text(f.label, {
          x,
          y: cy + 15,
          'font-size': LABEL.size,
          'font-weight': 'bold',
          fill: THEME.faint,
        });
        f.lines.forEach((line, i) => {
          out += text(line, {
            x: x + LABEL_WIDTH,
            y: cy + 15 + i * f.lineHeight,
            'font-size': f.style.size,
            fill: f.color,
          });
        });
        cy += f.lines.length * f.lineHeight + 6;
      }
      out += el('rect', { x, y: y + height - 2, width, height: 2, fill: THEME.border });
      return el('g', { 'data-part': 'header' }, out);
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
