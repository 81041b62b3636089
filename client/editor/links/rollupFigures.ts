import { EMOTION_LABELS, clampEmotion, type MapRollup } from '../../../model';

/** One figure of a child map's roll-up, as a chip or a panel row shows it. */
export interface RollupFigure {
  readonly key: 'touchpoints' | 'hubLoad' | 'actions' | 'overdue' | 'unowned';
  /** Short, for the card ("12 hub load"). */
  readonly short: string;
  /** The panel's label and value. */
  readonly label: string;
  readonly value: string;
  readonly tone: 'plain' | 'warning' | 'danger';
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const count = (n: number) => n.toLocaleString('en');

/** "+1.2" / "−0.5" / "0": the average emotion, signed, one decimal. */
export function signedEmotion(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** "Unhappy (−0.8)", or "No touchpoints yet" when the child has none. */
export function emotionSummary(rollup: MapRollup): string {
  const avg = rollup.averageEmotion;
  return avg === null ? 'No touchpoints yet' : `${EMOTION_LABELS[clampEmotion(avg)]} (${signedEmotion(avg)})`;
}

/**
 * The roll-up's figures, in the order they show. `compact` (the card) leaves out the zeros that are
 * good news (no overdue actions, no unowned cards) and the touchpoint count; the panel shows all.
 */
export function rollupFigures(rollup: MapRollup, compact: boolean): RollupFigure[] {
  const all: Array<RollupFigure & { hideWhenZero: boolean; n: number }> = [
    {
      key: 'touchpoints',
      n: compact ? 0 : rollup.touchpoints,
      hideWhenZero: compact,
      short: plural(rollup.touchpoints, 'touchpoint', 'touchpoints'),
      label: 'Touchpoints',
      value: count(rollup.touchpoints),
      tone: 'plain',
    },
    {
      key: 'hubLoad',
      n: rollup.hubs,
      hideWhenZero: compact,
      short: `${count(rollup.hubLoad)} hub load`,
      label: 'Hub load',
      value:
        rollup.hubs === 0 ? 'No hubs' : `${count(rollup.hubLoad)} into ${plural(rollup.hubs, 'hub', 'hubs')}`,
      tone: 'plain',
    },
    {
      key: 'actions',
      n: rollup.openActions,
      hideWhenZero: compact,
      short: `${count(rollup.openActions)} open`,
      label: 'Open actions',
      value: count(rollup.openActions),
      tone: 'plain',
    },
    {
      key: 'overdue',
      n: rollup.overdueActions,
      hideWhenZero: compact,
      short: `${count(rollup.overdueActions)} overdue`,
      label: 'Overdue actions',
      value: count(rollup.overdueActions),
      tone: rollup.overdueActions > 0 ? 'danger' : 'plain',
    },
    {
      key: 'unowned',
      n: rollup.unownedTouchpoints,
      hideWhenZero: compact,
      short: `${count(rollup.unownedTouchpoints)} unowned`,
      label: 'Unowned touchpoints',
      value: count(rollup.unownedTouchpoints),
      tone: rollup.unownedTouchpoints > 0 ? 'warning' : 'plain',
    },
  ];
  return all
    .filter((f) => !(f.hideWhenZero && f.n === 0))
    .map(({ key, short, label, value, tone }) => ({ key, short, label, value, tone }));
}
