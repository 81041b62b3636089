import type { Peer } from './readPeers';

/** From this many people on the map (this person included), the stack collapses to a count. */
export const COLLAPSE_AT = 50;
/** Below COLLAPSE_AT, more people than this collapse into a "+N" button (which lists them). */
export const MAX_AVATARS = 6;

/** What the avatar stack draws besides this person's own avatar. */
export type StackLayout =
  /** A few people: their avatars, and a "+N" menu for the rest. */
  | { readonly kind: 'avatars'; readonly shown: readonly Peer[]; readonly hidden: readonly Peer[] }
  /**
   * A crowd: a count button ("312 people") that opens a searchable list. The facilitator and the
   * person this tab follows stay as avatars, since those are the ones people look for.
   */
  | { readonly kind: 'count'; readonly pinned: readonly Peer[]; readonly total: number };

export interface StackContext {
  /** Whether this person shows in the stack (they have a name). */
  readonly selfShown: boolean;
  /** The facilitator seat holder's person id, if any. */
  readonly facilitatorId: string | null;
  /** The awareness client id this tab follows, if any. */
  readonly following: number | null;
}

/** How the stack lays out `people` (one entry per person, arrival order). */
export function stackLayout(people: readonly Peer[], ctx: StackContext): StackLayout {
  const total = people.length + (ctx.selfShown ? 1 : 0);
  if (total >= COLLAPSE_AT) {
    const pinned = people.filter((p) => p.user.id === ctx.facilitatorId || p.clientId === ctx.following);
    return { kind: 'count', pinned, total };
  }
  if (total <= MAX_AVATARS) return { kind: 'avatars', shown: people, hidden: [] };
  return { kind: 'avatars', shown: people.slice(0, MAX_AVATARS - 2), hidden: people.slice(MAX_AVATARS - 2) };
}

/** A name as search compares it: lower case, accents off ("Zoë" is found by "zoe"). */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The people whose name has a word starting with each word typed, in any order ("zel qu" finds
 * Zelda Quinn, "guest 0" finds Guest 01–09 but not Guest 10), in the order given; an empty query
 * keeps everyone.
 */
export function filterPeople(people: readonly Peer[], query: string): readonly Peer[] {
  const typed = folded(query).split(/\s+/).filter(Boolean);
  if (typed.length === 0) return people;
  return people.filter((p) => {
    const words = folded(p.user.name).split(/\s+/);
    return typed.every((t) => words.some((w) => w.startsWith(t)));
  });
}

/** One entry per person (the first tab they opened), so two tabs do not show two avatars. */
export function onePerPerson(peers: readonly Peer[]): readonly Peer[] {
  const seen = new Set<string>();
  return peers.filter((p) => !seen.has(p.user.id) && (seen.add(p.user.id), true));
}
