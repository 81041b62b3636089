import { isHub } from '../../hub';
import { momentsOfPain } from '../../insights/momentsOfPain';
import { ownership } from '../../insights/ownership';
import type { JourneyMap } from '../../journeyMap';
import { NOTE_KIND_TRAITS } from '../../records/note';
import { THEME } from '../svg/exportTheme';
import { el } from '../svg/svgMarkup';
import type { Box } from './printOptions';
import { printLine, PRINT_TEXT } from './printText';

/** The height of the cover's row of figures. */
export const FIGURES_HEIGHT = 58;

/** The map's size at a glance, as the cover's row of figures: what each one counts. */
const FIGURES: ReadonlyArray<{ readonly label: string; readonly count: (map: JourneyMap) => number }> = [
  { label: 'Stages', count: (m) => m.stages.length },
  { label: 'Touchpoints', count: (m) => m.touchpoints.length },
  { label: 'Hubs', count: (m) => m.touchpoints.filter(isHub).length },
  { label: 'Moments of pain', count: (m) => momentsOfPain(m).length },
  {
    label: NOTE_KIND_TRAITS.painPoint.plural,
    count: (m) => m.notes.filter((n) => n.kind === 'painPoint').length,
  },
  {
    label: NOTE_KIND_TRAITS.opportunity.plural,
    count: (m) => m.notes.filter((n) => n.kind === 'opportunity').length,
  },
  { label: 'Without an owner', count: (m) => ownership(m).unownedIds.length },
];

/** The figures side by side in tiles across `box`'s width, at its top. */
export function coverFigures(map: JourneyMap, box: Box): string {
  const gap = 10;
  const w = (box.width - gap * (FIGURES.length - 1)) / FIGURES.length;
  let out = '';
  FIGURES.forEach((f, i) => {
    const x = box.x + i * (w + gap);
    out += el('rect', {
      x,
      y: box.y,
      width: w,
      height: FIGURES_HEIGHT,
      rx: 6,
      fill: THEME.stageTop,
      stroke: THEME.stageBorder,
      'stroke-width': 0.75,
    });
    out += printLine(f.count(map).toLocaleString('en'), x + 12, box.y + 30, {
      size: 20,
      bold: true,
      lead: 24,
      color: THEME.stageText,
    });
    out += printLine(f.label.toUpperCase(), x + 12, box.y + 46, PRINT_TEXT.label);
  });
  return el('g', { 'data-part': 'cover-figures' }, out);
}
