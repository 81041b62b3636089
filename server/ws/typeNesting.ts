/**
 * How deep shared types nest, worked out from an update before it is applied. Yjs deletes a type by
 * recursing into its children, so a map nested thousands deep overflows the stack when deleted —
 * after the update was saved, so the room could never load again. Our schema nests one level (a
 * record Y.Map in a collection); anything past `maxTypeDepth` is refused.
 *
 * An item's parent is a root (by name), a type item (by id), or, for an item with an origin, the
 * origin's parent. Ids point into the update itself or into the doc; `lookup` answers for the doc.
 */
export type ParentRef =
  | { kind: 'root' }
  | { kind: 'type'; client: number; clock: number }
  | { kind: 'origin'; client: number; clock: number };

/** Depth of the type holding the doc's item at (client, clock): roots are 0. Undefined: unknown id. */
export type DocLookup = (client: number, clock: number) => number | undefined;

interface Scanned {
  clock: number;
  len: number;
  isType: boolean;
  parent: ParentRef;
}

export class TypeNesting {
  private readonly byClient = new Map<number, Scanned[]>();
  private readonly memo = new Map<Scanned, number | undefined>();
  private count = 0;

  add(client: number, clock: number, len: number, isType: boolean, parent: ParentRef): void {
    let items = this.byClient.get(client);
    if (!items) this.byClient.set(client, (items = []));
    items.push({ clock, len, isType, parent });
    this.count += 1;
  }

  /** A reason to refuse, or undefined when every new type is within `maxTypeDepth`. */
  check(lookup: DocLookup, maxTypeDepth: number): string | undefined {
    for (const items of this.byClient.values()) {
      for (const item of items) {
        if (!item.isType) continue;
        const parentDepth = this.parentDepth(item, lookup);
        if (parentDepth === undefined) return 'a shared type inside changes the server does not have';
        if (parentDepth + 1 > maxTypeDepth) return `shared types nested deeper than ${maxTypeDepth}`;
      }
    }
    return undefined;
  }

  private find(client: number, clock: number): Scanned | undefined {
    const items = this.byClient.get(client);
    if (!items) return undefined;
    let lo = 0;
    let hi = items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const it = items[mid]!;
      if (clock < it.clock) hi = mid - 1;
      else if (clock >= it.clock + it.len) lo = mid + 1;
      else return it;
    }
    return undefined;
  }

  /** Depth of the type an item lives in, following parents through the update without recursion. */
  private parentDepth(start: Scanned, lookup: DocLookup): number | undefined {
    // Walk up until a known depth, remembering each step (+1 when the step enters a parent type).
    const chain: Array<{ item: Scanned; plus: number }> = [];
    let item = start;
    let base: number | undefined;
    for (;;) {
      if (this.memo.has(item)) {
        base = this.memo.get(item);
        break;
      }
      const p = item.parent;
      if (p.kind === 'root') {
        base = 0;
        this.memo.set(item, 0);
        break;
      }
      const plus = p.kind === 'type' ? 1 : 0;
      const next = this.find(p.client, p.clock);
      if (!next) {
        const outer = lookup(p.client, p.clock);
        base = outer === undefined ? undefined : outer + plus;
        this.memo.set(item, base);
        break;
      }
      if (chain.length > this.count) return undefined; // a cycle: ids that point at each other
      chain.push({ item, plus });
      item = next;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item: link, plus } = chain[i]!;
      base = base === undefined ? undefined : base + plus;
      this.memo.set(link, base);
    }
    return base;
  }
}
