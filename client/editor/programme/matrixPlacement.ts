import {
  isOpenAction,
  SCORE_MAX,
  SCORE_MIN,
  type Action,
  type ActionStatus,
  type CxArea,
} from '../../../model';

/**
 * The value × effort matrix's quadrants: value up, effort right. Scores 1…5; 3 is the middle row or
 * column and counts as low (a 3 is not yet a big bet).
 */
export const QUADRANTS = ['quickWins', 'bigBets', 'fillIns', 'moneyPits'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_TRAITS = {
  quickWins: {
    label: 'Quick wins',
    hint: 'High value, low effort: do these first',
    highValue: true,
    highEffort: false,
  },
  bigBets: {
    label: 'Big bets',
    hint: 'High value, high effort: plan them',
    highValue: true,
    highEffort: true,
  },
  fillIns: {
    label: 'Fill-ins',
    hint: 'Low value, low effort: when there is time',
    highValue: false,
    highEffort: false,
  },
  moneyPits: {
    label: 'Money pits',
    hint: 'Low value, high effort: drop or rethink',
    highValue: false,
    highEffort: true,
  },
} satisfies Readonly<
  Record<Quadrant, { label: string; hint: string; highValue: boolean; highEffort: boolean }>
>;

/** A score above this is high. */
const HIGH_ABOVE = 3;

export function quadrantOf(value: number, effort: number): Quadrant {
  const highValue = value > HIGH_ABOVE;
  const highEffort = effort > HIGH_ABOVE;
  return QUADRANTS.find(
    (q) => QUADRANT_TRAITS[q].highValue === highValue && QUADRANT_TRAITS[q].highEffort === highEffort,
  )!;
}

/** What the matrix shows: statuses and CX areas picked (empty = all). */
export interface MatrixFilter {
  readonly statuses: ReadonlySet<ActionStatus>;
  readonly areas: ReadonlySet<CxArea>;
}

export const NO_FILTER: MatrixFilter = { statuses: new Set(), areas: new Set() };

/** One cell of the 5 × 5 grid: its scores and the actions scored so. */
export interface MatrixCell {
  readonly value: number;
  readonly effort: number;
  readonly actions: readonly Action[];
}

export interface MatrixPlacement {
  /** Rows top (value 5) to bottom (value 1), each effort 1 … 5 left to right. */
  readonly rows: readonly (readonly MatrixCell[])[];
  /** Open actions missing a value or an effort: listed beside the grid, to be scored. */
  readonly unscored: readonly Action[];
  readonly counts: Readonly<Record<Quadrant, number>>;
}

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, i) => SCORE_MIN + i);

/**
 * The map's open actions on the grid (done and dropped ones are off it unless the filter asks for
 * them by status), in the map's order; an action without both scores is unscored.
 */
export function placeOnMatrix(actions: readonly Action[], filter: MatrixFilter = NO_FILTER): MatrixPlacement {
  const shown = actions.filter(
    (a) =>
      (filter.statuses.size === 0 ? isOpenAction(a) : filter.statuses.has(a.status)) &&
      (filter.areas.size === 0 || (a.cxArea !== undefined && filter.areas.has(a.cxArea))),
  );
  const byCell = new Map<string, Action[]>();
  const unscored: Action[] = [];
  const counts: Record<Quadrant, number> = { quickWins: 0, bigBets: 0, fillIns: 0, moneyPits: 0 };
  for (const a of shown) {
    if (a.value === undefined || a.effort === undefined) {
      unscored.push(a);
      continue;
    }
    const key = `${a.value}:${a.effort}`;
    byCell.set(key, [...(byCell.get(key) ?? []), a]);
    counts[quadrantOf(a.value, a.effort)]++;
  }
  const rows = [...SCORES]
    .reverse()
    .map((value) =>
      SCORES.map((effort) => ({ value, effort, actions: byCell.get(`${value}:${effort}`) ?? [] })),
    );
  return { rows, unscored, counts };
}

/** Words for a score on each axis (the segmented buttons' and the axes' labels). */
export const VALUE_LABELS = ['', 'Very low', 'Low', 'Medium', 'High', 'Very high'] as const;
export const EFFORT_LABELS = ['', 'Trivial', 'Small', 'Medium', 'Large', 'Huge'] as const;
