import { sameItems } from '../../../model';

/** `fn`'s last result, computed again only when an argument is not identical to last time's. */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let result: R;
  return (...args: A): R => {
    if (last && sameItems(last, args)) return result;
    last = args;
    return (result = fn(...args));
  };
}
