/**
 * What a number field of the side panel accepts. Each rule mirrors the model's schema for the field
 * (model/records/touchpoint.ts `vocSchema`, model/records/connection.ts `volume`), so a value that
 * passes here is one the command accepts; `allowed` is what the field says when it does not.
 */
export interface NumberRule {
  readonly min: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Said next to the field, e.g. "a whole number from -100 to 100". */
  readonly allowed: string;
}

export const NUMBER_RULES = {
  nps: { min: -100, max: 100, integer: true, allowed: 'a whole number from -100 to 100' },
  csat: { min: 1, max: 5, allowed: 'a number from 1 to 5' },
  sampleSize: { min: 0, integer: true, allowed: 'a whole number, 0 or more' },
  volume: { min: 0, integer: true, allowed: 'a whole number, 0 or more' },
  cost: { min: 0, max: 1e6, allowed: 'an amount from 0 to 1,000,000' },
  staleAfterDays: { min: 1, max: 3650, integer: true, allowed: 'a whole number of days from 1 to 3650' },
} satisfies Record<string, NumberRule>;

export type NumberFieldKind = keyof typeof NUMBER_RULES;

/** The typed text read as a value to write (undefined clears the figure), or why it cannot be. */
export type NumberCheck =
  | { readonly ok: true; readonly value: number | undefined }
  | { readonly ok: false; readonly problem: string };

/**
 * Plain decimal numbers only: "4,2" (comma as the decimal mark) and "−50" (a typographic minus,
 * as pasted from a slide) are read, while what `Number()` would also take — "0x10", "1e3",
 * "Infinity" — is refused, since nobody means those in a workshop.
 */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function checkNumber(text: string, rule: NumberRule): NumberCheck {
  const t = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (t === '') return { ok: true, value: undefined };
  const n = DECIMAL.test(t) ? Number(t) : NaN;
  const fits =
    Number.isFinite(n) &&
    n >= rule.min &&
    (rule.max === undefined || n <= rule.max) &&
    (!rule.integer || Number.isSafeInteger(n));
  // Object.is: a typed "-0" is stored as 0, not as the negative zero nobody means.
  return fits
    ? { ok: true, value: Object.is(n, -0) ? 0 : n }
    : { ok: false, problem: `Allowed: ${rule.allowed}.` };
}

/** How a stored figure reads in its field (and in "Saved: …"). */
export function formatNumber(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
