import { headerKey } from './sheetTable';

/** A cell read into a field's value, or what is wrong with it ("'very sad' is not a number …"). */
export type Parsed<V> =
  { readonly ok: true; readonly value: V } | { readonly ok: false; readonly problem: string };

export const ok = <V>(value: V): Parsed<V> => ({ ok: true, value });
export const bad = (problem: string): Parsed<never> => ({ ok: false, problem });
export const quoted = (text: string) => `'${text.length > 40 ? `${text.slice(0, 40)}…` : text}'`;

/** Text up to `max` characters; empty stays empty (an emptied owner clears it). */
export const text =
  (max: number) =>
  (t: string): Parsed<string> =>
    t.length > max ? bad(`is ${t.length} characters long; at most ${max} fit`) : ok(t);

/** A number in [min, max] (integers only when asked); empty = not given. */
export const numberIn =
  (min: number, max: number, integer: boolean, noun = integer ? 'a whole number' : 'a number') =>
  (t: string): Parsed<number | undefined> => {
    if (t === '') return ok(undefined);
    const n = Number(t.replace(/^\u2212/, '-').replace(',', '.'));
    const range = `${noun} from ${fmt(min)} to ${fmt(max)}`;
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)))
      return bad(`${quoted(t)} is not ${range}`);
    return ok(n);
  };
const fmt = (n: number) => (n < 0 ? `\u2212${-n}` : String(n));

/** One of a fixed set of names (labels or keys, loosely compared); empty = not given. */
export function oneOf<K extends string>(what: string, names: Record<K, readonly string[]>) {
  const byKey = new Map<string, K>();
  for (const [k, list] of Object.entries(names) as Array<[K, readonly string[]]>)
    for (const n of [k, ...list]) byKey.set(headerKey(n), k);
  return (t: string): Parsed<K | undefined> => {
    if (t === '') return ok(undefined);
    const k = byKey.get(headerKey(t));
    return k ? ok(k) : bad(`${quoted(t)} is not ${what}`);
  };
}
