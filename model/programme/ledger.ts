import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { oncePerSnapshot } from '../insights/oncePerSnapshot';
import type { DemandKind } from '../records/connection';
import { NOTE_KIND_TRAITS } from '../records/note';

/**
 * The failure-demand ledger (README "Failure demand"): what routes into each contact-centre hub,
 * split into value demand (what the hub is for) and failure demand (contacts that only happen
 * because something upstream failed), in contacts per month and money, and the upstream touchpoints
 * that cause the avoidable contacts, ranked.
 *
 * - A route's contacts are its `volume` (per month; none = 0). Its cost per contact is its own
 *   `costPerContact`, else the map's; with neither its cost is unknown (null) and left out of sums.
 * - A hub's contacts = the sum over routes into it; failure share = failure ÷ all its contacts
 *   (untagged routes count in the total, so tagging can only move contacts between the columns).
 * - Upstream causes: a failure route from a touchpoint that is not a hub blames that touchpoint.
 *   A failure route from another hub (a chat handed over to a call) blames that hub's own failure
 *   causes in proportion to their failure volume into it; a hub with no failure demand coming in
 *   is itself the cause. In a cycle (Chat ⇄ Call) the route back into a hub already on the path is
 *   left out of the split, so a hub never blames itself while it has other causes. A cause's cost
 *   is what its contacts cost where they land.
 * - Causes are ranked by avoidable contacts, then cost, then map order.
 */
export interface LedgerFigures {
  /** All contacts per month on routes into the hub(s). */
  readonly contacts: number;
  readonly value: number;
  readonly failure: number;
  readonly untagged: number;
  /** Money per month, in the map's currency; null when no route into the hub(s) has a known cost. */
  readonly cost: number | null;
  readonly valueCost: number | null;
  readonly failureCost: number | null;
  /** failure ÷ contacts (0…1); 0 with no contacts. */
  readonly failureShare: number;
}

export interface LedgerRoute {
  readonly connectionId: string;
  readonly fromId: string;
  readonly demand: DemandKind | null;
  readonly volume: number;
  /** The route's cost per contact, else the map's; null when neither is set. */
  readonly costPerContact: number | null;
  readonly cost: number | null;
}

export interface UpstreamCause {
  readonly touchpointId: string;
  readonly title: string;
  readonly stageId: string;
  /** Avoidable contacts per month it causes (can be fractional after a split through a hub). */
  readonly contacts: number;
  readonly cost: number | null;
  /** The hubs its failure demand lands in, busiest first. */
  readonly hubIds: readonly string[];
  /** Pain points tied to it (ids, map order) and their five whys, in order. */
  readonly painPointIds: readonly string[];
  readonly whys: readonly string[];
  /** Actions addressing it (their `touchpointIds` name it). */
  readonly actionIds: readonly string[];
}

export interface HubLedger extends LedgerFigures {
  readonly hubId: string;
  readonly title: string;
  readonly routes: readonly LedgerRoute[];
  /** Upstream causes of this hub's failure demand, ranked. */
  readonly causes: readonly UpstreamCause[];
}

export interface FailureDemandLedger {
  /** Every hub, most failure contacts first, then most contacts, then map order. */
  readonly hubs: readonly HubLedger[];
  readonly total: LedgerFigures;
  /** Every upstream cause across hubs, ranked. */
  readonly causes: readonly UpstreamCause[];
  readonly currency: string;
  /** Routes into hubs not tagged yet (the panel asks for them). */
  readonly untaggedRoutes: number;
}

/** Most hub-to-hub splits one ledger works out (a real map needs a handful). */
const SPLIT_BUDGET = 10_000;

interface Share {
  contacts: number;
  cost: number | null;
}

export const failureDemandLedger: (map: JourneyMap) => FailureDemandLedger = oncePerSnapshot(buildLedger);

function buildLedger(map: JourneyMap): FailureDemandLedger {
  const byId = new Map(map.touchpoints.map((t, i) => [t.id, { t, i }]));
  const hubs = map.touchpoints.filter(isHub);
  const hubIds = new Set(hubs.map((h) => h.id));
  const defaultCost = map.settings.costPerContact;
  const routesInto = new Map<string, LedgerRoute[]>();
  for (const c of map.connections) {
    if (!hubIds.has(c.to)) continue;
    const volume = c.volume ?? 0;
    const costPerContact = c.costPerContact ?? defaultCost;
    const route: LedgerRoute = {
      connectionId: c.id,
      fromId: c.from,
      demand: c.demand ?? null,
      volume,
      costPerContact,
      cost: costPerContact === null ? null : volume * costPerContact,
    };
    routesInto.set(c.to, [...(routesInto.get(c.to) ?? []), route]);
  }

  // Where one contact of a hub's failure demand comes from, as shares. Routes from hubs already on
  // the path are left out (in a cycle Chat ⇄ Call the route back is skipped, so no hub blames
  // itself while it has other causes); a hub with no other failure coming in is itself the cause.
  // A budget of splits keeps a pathological map (dozens of hubs all routed into each other, whose
  // simple paths are countless) from freezing the tab: once spent, a hub is its own cause.
  let budget = SPLIT_BUDGET;
  const originsOf = (hubId: string, visiting: ReadonlySet<string>): Map<string, number> => {
    if (--budget < 0) return new Map([[hubId, 1]]);
    const failures = (routesInto.get(hubId) ?? []).filter(
      (r) => r.demand === 'failure' && r.volume > 0 && !visiting.has(r.fromId),
    );
    const total = failures.reduce((s, r) => s + r.volume, 0);
    if (total === 0) return new Map([[hubId, 1]]);
    const out = new Map<string, number>();
    const path = new Set([...visiting, hubId]);
    for (const r of failures) {
      const weight = r.volume / total;
      const parts = hubIds.has(r.fromId) ? originsOf(r.fromId, path) : new Map([[r.fromId, 1]]);
      for (const [id, w] of parts) out.set(id, (out.get(id) ?? 0) + weight * w);
    }
    return out;
  };

  const painByCard = new Map<string, string[]>();
  const whysByCard = new Map<string, string[]>();
  for (const n of map.notes) {
    if (!NOTE_KIND_TRAITS[n.kind].isPain || n.touchpointId === undefined) continue;
    painByCard.set(n.touchpointId, [...(painByCard.get(n.touchpointId) ?? []), n.id]);
    const whys = (n.whys ?? []).filter((w) => w.trim() !== '');
    whysByCard.set(n.touchpointId, [...(whysByCard.get(n.touchpointId) ?? []), ...whys]);
  }
  const actionsByCard = new Map<string, string[]>();
  for (const a of map.actions) {
    for (const id of a.touchpointIds ?? []) actionsByCard.set(id, [...(actionsByCard.get(id) ?? []), a.id]);
  }

  const toCauses = (shares: Map<string, Map<string, Share>>): UpstreamCause[] => {
    const out: UpstreamCause[] = [];
    for (const [id, perHub] of shares) {
      const entry = byId.get(id);
      if (!entry) continue;
      const hubsOrdered = [...perHub].sort((a, b) => b[1].contacts - a[1].contacts).map(([h]) => h);
      const sums = [...perHub.values()];
      out.push({
        touchpointId: id,
        title: entry.t.title,
        stageId: entry.t.stageId,
        contacts: sums.reduce((s, x) => s + x.contacts, 0),
        cost: sumCosts(sums.map((x) => x.cost)),
        hubIds: hubsOrdered,
        painPointIds: painByCard.get(id) ?? [],
        whys: whysByCard.get(id) ?? [],
        actionIds: actionsByCard.get(id) ?? [],
      });
    }
    return out.sort(
      (a, b) =>
        b.contacts - a.contacts ||
        (b.cost ?? 0) - (a.cost ?? 0) ||
        (byId.get(a.touchpointId)?.i ?? 0) - (byId.get(b.touchpointId)?.i ?? 0),
    );
  };

  const allShares = new Map<string, Map<string, Share>>();
  const addShare = (into: Map<string, Map<string, Share>>, cause: string, hub: string, s: Share) => {
    const perHub = into.get(cause) ?? new Map<string, Share>();
    const prev = perHub.get(hub);
    perHub.set(hub, {
      contacts: (prev?.contacts ?? 0) + s.contacts,
      cost: sumCosts([prev?.cost ?? null, s.cost]),
    });
    into.set(cause, perHub);
  };

  const hubLedgers = hubs.map((hub): HubLedger => {
    const routes = routesInto.get(hub.id) ?? [];
    const shares = new Map<string, Map<string, Share>>();
    for (const r of routes) {
      if (r.demand !== 'failure' || r.volume === 0) continue;
      const parts = hubIds.has(r.fromId) ? originsOf(r.fromId, new Set([hub.id])) : new Map([[r.fromId, 1]]);
      for (const [cause, w] of parts) {
        const share = {
          contacts: r.volume * w,
          cost: r.costPerContact === null ? null : r.volume * w * r.costPerContact,
        };
        addShare(shares, cause, hub.id, share);
        addShare(allShares, cause, hub.id, share);
      }
    }
    return { hubId: hub.id, title: hub.title, routes, causes: toCauses(shares), ...figures(routes) };
  });
  const order = new Map(hubs.map((h, i) => [h.id, i]));
  hubLedgers.sort(
    (a, b) => b.failure - a.failure || b.contacts - a.contacts || order.get(a.hubId)! - order.get(b.hubId)!,
  );
  const allRoutes = [...routesInto.values()].flat();
  return {
    hubs: hubLedgers,
    total: figures(allRoutes),
    causes: toCauses(allShares),
    currency: map.settings.currency,
    untaggedRoutes: allRoutes.filter((r) => r.demand === null).length,
  };
}

function figures(routes: readonly LedgerRoute[]): LedgerFigures {
  const sum = (d: DemandKind | null | 'all') =>
    routes.filter((r) => d === 'all' || r.demand === d).reduce((s, r) => s + r.volume, 0);
  const cost = (d: DemandKind | 'all') =>
    sumCosts(routes.filter((r) => d === 'all' || r.demand === d).map((r) => r.cost));
  const contacts = sum('all');
  const failure = sum('failure');
  return {
    contacts,
    value: sum('value'),
    failure,
    untagged: sum(null),
    cost: cost('all'),
    valueCost: cost('value'),
    failureCost: cost('failure'),
    failureShare: contacts === 0 ? 0 : failure / contacts,
  };
}

/** The sum of the known costs; null when none is known. */
function sumCosts(costs: ReadonlyArray<number | null>): number | null {
  const known = costs.filter((c): c is number => c !== null);
  return known.length === 0 ? null : known.reduce((s, c) => s + c, 0);
}

/** "€4,200" / "$310" / "CHF 1,250": whole units, the map's currency. */
export function formatCost(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    );
  } catch {
    return `${currency} ${Math.round(amount).toLocaleString('en')}`;
  }
}

/** "4,200" contacts (rounded: a split through a hub can leave fractions). */
export function formatContacts(contacts: number): string {
  return Math.round(contacts).toLocaleString('en');
}
