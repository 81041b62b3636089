import * as Y from 'yjs';

/**
 * Where one change of an update lands: the shared type at the top (a root of the doc) and the map
 * keys from it down to the changed item (`null` where the item sits in a list or a text). A card's
 * title typed into is `{ root: touchpoints, keys: [cardId, 'title', null] }`.
 */
export interface ChangePath {
  /** The root type; compare it with the doc layout's (`metaMap(doc)`, `collection(doc, …)`). */
  root: object;
  keys: ReadonlyArray<string | null>;
}

/** A root type of a doc, typed as the doc holds it. */
type SharedRoot = Y.Doc['share'] extends Map<string, infer T> ? T : never;

type Found = { in: 'doc'; item: Y.Item } | { in: 'update'; item: Y.Item } | undefined;

/**
 * Every place an update would change in `doc`, worked out from the update's items and deletions
 * before it is applied, without reading the doc's content: each item's parent is a root by name, a
 * type by id, or (for an item with an origin) the origin's parent; ids point into the update or the
 * doc. Items the doc already has are left out. Undefined when that cannot be told for certain (an id
 * the server lacks, a gap, garbage-collected neighbours, ids that point at each other, structs left
 * pending from before): the caller then treats the update as touching everything.
 *
 * The write rules use it to skip their before/after reads for an update that cannot reach what they
 * guard: most updates are typing and moves, far from the seat, the ballots and the locks.
 */
export function changedPaths(doc: Y.Doc, update: Uint8Array): ChangePath[] | undefined {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return undefined;
  try {
    return placeChanges(doc, update);
  } catch {
    // Bytes Yjs decodes differently than expected: the full check (and Yjs itself) decide.
    return undefined;
  }
}

function placeChanges(doc: Y.Doc, update: Uint8Array): ChangePath[] | undefined {
  const { structs, ds } = Y.decodeUpdate(update);
  const resolver = new PathResolver(doc);
  const fresh: Y.Item[] = [];
  for (const struct of structs) {
    const client = struct.id.client;
    const known = Y.getState(doc.store, client);
    if (struct.id.clock + struct.length <= known) continue;
    // A Skip, or a struct after a gap, stays pending in Yjs: it integrates later, elsewhere.
    if (struct instanceof Y.Skip || !resolver.addFromUpdate(struct, known)) return undefined;
    if (struct instanceof Y.Item) fresh.push(struct);
  }
  const paths = new PathSet();
  for (const item of fresh) {
    const path = resolver.pathOfUpdateItem(item);
    if (!path) return undefined;
    paths.add(path);
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client);
    for (const { clock, len } of ranges) {
      // Past what the doc and the update hold: Yjs keeps such a deletion pending.
      if (clock + len > Math.max(known, resolver.endInUpdate(client))) return undefined;
      // Items this update adds and deletes again: placed with the others above.
      if (clock >= known) continue;
      const docStructs = doc.store.clients.get(client)!;
      const end = Math.min(clock + len, known);
      for (let i = Y.findIndexSS(docStructs, clock); i < docStructs.length; i++) {
        const struct = docStructs[i]!;
        if (struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || struct.deleted) continue;
        const path = resolver.pathOfDocItem(struct);
        if (!path) return undefined;
        paths.add(path);
      }
    }
  }
  return paths.list();
}

/** Paths without repeats: typing a word is many items under one key. */
class PathSet {
  private readonly seen = new Map<object, Set<string>>();
  private readonly out: ChangePath[] = [];

  add(path: ChangePath): void {
    let keys = this.seen.get(path.root);
    if (!keys) this.seen.set(path.root, (keys = new Set()));
    const key = JSON.stringify(path.keys);
    if (keys.has(key)) return;
    keys.add(key);
    this.out.push(path);
  }

  list(): ChangePath[] {
    return this.out;
  }
}

class PathResolver {
  private readonly rootNames = new Map<SharedRoot, string>();
  private readonly byClient = new Map<number, Y.Item[]>();
  private readonly ends = new Map<number, number>();
  private readonly memo = new Map<Y.Item, ChangePath | undefined>();
  private count = 0;

  constructor(private readonly doc: Y.Doc) {
    for (const [name, type] of doc.share) this.rootNames.set(type, name);
  }

  /** Records an update struct; false when it does not follow on from the doc or the one before. */
  addFromUpdate(struct: Y.Item | Y.GC, known: number): boolean {
    const client = struct.id.client;
    const end = this.ends.get(client);
    if (end === undefined ? struct.id.clock > known : struct.id.clock !== end) return false;
    this.ends.set(client, struct.id.clock + struct.length);
    if (struct instanceof Y.Item) {
      const items = this.byClient.get(client);
      if (items) items.push(struct);
      else this.byClient.set(client, [struct]);
      this.count += 1;
    }
    return true;
  }

  /** The clock after this client's last struct in the update (0 when it has none). */
  endInUpdate(client: number): number {
    return this.ends.get(client) ?? 0;
  }

  /** Path of an integrated item: its parent chain up to a root (bounded by the doc's type depth). */
  pathOfDocItem(item: Y.Item): ChangePath | undefined {
    const keys: Array<string | null> = [item.parentSub];
    let type: unknown = item.parent;
    while (type instanceof Y.AbstractType && type._item) {
      keys.unshift(type._item.parentSub);
      type = type._item.parent;
    }
    const root = type as SharedRoot;
    return this.rootNames.has(root) ? { root, keys } : undefined;
  }

  /**
   * Path of an item the update adds, following parents and origins through the update without
   * recursion (a typed word is a chain of origins as long as the word).
   */
  pathOfUpdateItem(start: Y.Item): ChangePath | undefined {
    const chain: Array<{ item: Y.Item; entersType: boolean }> = [];
    let item = start;
    let base: ChangePath | undefined;
    for (;;) {
      if (this.memo.has(item)) {
        base = this.memo.get(item);
        break;
      }
      const parent = item.parent as unknown;
      if (typeof parent === 'string') {
        const root = this.doc.share.get(parent);
        base = root ? { root, keys: [item.parentSub] } : undefined;
        this.memo.set(item, base);
        break;
      }
      // No parent info: the item sits beside its origin (or right origin), in the same type and key.
      const entersType = parent instanceof Y.ID;
      const ref = entersType ? parent : (item.origin ?? item.rightOrigin);
      const found = ref ? this.find(ref) : undefined;
      if (found?.in !== 'update') {
        base = found ? this.pathOfDocItem(found.item) : undefined;
        if (base && entersType) base = { root: base.root, keys: [...base.keys, item.parentSub] };
        this.memo.set(item, base);
        break;
      }
      if (chain.length > this.count) return undefined; // ids that point at each other
      chain.push({ item, entersType });
      item = found.item;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const { item: link, entersType } = chain[i]!;
      if (base && entersType) base = { root: base.root, keys: [...base.keys, link.parentSub] };
      this.memo.set(link, base);
    }
    return base;
  }

  /** The item holding `id`, in the doc or in the update; undefined for garbage or an unknown id. */
  private find(id: Y.ID): Found {
    if (id.clock < Y.getState(this.doc.store, id.client)) {
      const structs = this.doc.store.clients.get(id.client)!;
      const struct = structs[Y.findIndexSS(structs, id.clock)];
      return struct instanceof Y.Item ? { in: 'doc', item: struct } : undefined;
    }
    const items = this.byClient.get(id.client);
    if (!items) return undefined;
    let lo = 0;
    let hi = items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const it = items[mid]!;
      if (id.clock < it.id.clock) hi = mid - 1;
      else if (id.clock >= it.id.clock + it.length) lo = mid + 1;
      else return { in: 'update', item: it };
    }
    return undefined;
  }
}
