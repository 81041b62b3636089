import type { JourneyMap } from '../../journeyMap';
import { countMapActions, isOverdue } from '../../programme/actionStatus';
import { failureDemandLedger, formatContacts, formatCost, type LedgerFigures } from '../../programme/ledger';
import { ACTION_STATUS_TRAITS, type Action } from '../../records/action';
import { DEMAND_TRAITS } from '../../records/connection';
import { entry, groupHeading, note } from './printBlocks';
import { PRINT_TEXT } from './printText';
import type { FlowBlock } from './textFlow';

/** How many upstream causes the summary lists. */
export const SUMMARY_TOP_CAUSES = 5;

/**
 * The summary's failure-demand ledger (README "Failure demand"): per hub its contacts a month,
 * failure share and cost when known, the total, and the top upstream causes of avoidable contacts.
 */
export function failureDemandBlocks(map: JourneyMap, width: number): FlowBlock[] {
  const ledger = failureDemandLedger(map);
  const titles = new Map(map.touchpoints.map((t) => [t.id, t.title.trim() || 'Untitled']));
  const blocks: FlowBlock[] = [
    groupHeading(
      'Failure demand',
      width,
      'Contacts into hubs a month, split into value demand (what the hub is for) and failure demand (contacts that only happen because something upstream failed).',
    ),
  ];
  const busy = ledger.hubs.filter((h) => h.contacts > 0);
  if (busy.length === 0) {
    blocks.push(note('No route into a hub has a monthly volume yet.', width));
    return blocks;
  }
  const money = (amount: number | null) => (amount === null ? null : formatCost(amount, ledger.currency));
  for (const h of busy)
    blocks.push(
      entry(
        `${h.title.trim() || 'Untitled'} — ${headline(h)}`,
        split(h, money),
        width,
        DEMAND_TRAITS.failure.color,
      ),
    );
  if (busy.length > 1)
    blocks.push(entry(`All hubs — ${headline(ledger.total)}`, split(ledger.total, money), width));
  if (ledger.untaggedRoutes > 0)
    blocks.push(
      note(
        `${ledger.untaggedRoutes} ${ledger.untaggedRoutes === 1 ? 'route into a hub is' : 'routes into hubs are'} not tagged value or failure yet.`,
        width,
        PRINT_TEXT.muted,
      ),
    );

  const top = ledger.causes.slice(0, SUMMARY_TOP_CAUSES);
  blocks.push(
    groupHeading(
      'Upstream causes of failure demand',
      width,
      top.length > 0
        ? `The ${top.length === 1 ? 'touchpoint' : `${top.length} touchpoints`} causing the most avoidable contacts a month, then the most cost.`
        : undefined,
    ),
  );
  if (top.length === 0) blocks.push(note('No route into a hub is tagged failure demand yet.', width));
  top.forEach((c, i) => {
    const into = c.hubIds.map((id) => `“${titles.get(id) ?? '?'}”`).join(', ');
    const cost = money(c.cost);
    blocks.push(
      entry(
        `${i + 1}. ${c.title.trim() || 'Untitled'} — ${formatContacts(c.contacts)} contacts/mo${cost ? ` · ${cost}/mo` : ''}`,
        [
          { text: `Into ${into}` },
          ...(c.painPointIds.length > 0
            ? [
                {
                  text: `${c.painPointIds.length} pain point${c.painPointIds.length === 1 ? '' : 's'}${c.whys[0] ? `; why: ${c.whys[0]}` : ''}`,
                },
              ]
            : []),
          ...(c.actionIds.length > 0
            ? [{ text: `${c.actionIds.length} action${c.actionIds.length === 1 ? '' : 's'} address it` }]
            : []),
        ],
        width,
      ),
    );
  });
  return blocks;
}

/** "4,200/mo · 38% failure" (the share only once some route is tagged). */
function headline(f: LedgerFigures): string {
  const tagged = f.value + f.failure > 0;
  return `${formatContacts(f.contacts)}/mo${tagged ? ` · ${Math.round(f.failureShare * 100)}% failure` : ''}`;
}

function split(f: LedgerFigures, money: (n: number | null) => string | null): Array<{ text: string }> {
  const part = (n: number, label: string, cost: number | null) => {
    const amount = money(cost);
    return `${label} ${formatContacts(n)}${amount ? ` (${amount})` : ''}`;
  };
  const parts = [
    part(f.failure, 'Failure', f.failureCost),
    part(f.value, 'Value', f.valueCost),
    ...(f.untagged > 0 ? [`Untagged ${formatContacts(f.untagged)}`] : []),
  ];
  const total = money(f.cost);
  return [{ text: parts.join(' · ') }, ...(total ? [{ text: `Cost ${total} a month` }] : [])];
}

/**
 * The summary's actions: how many are open and overdue (on `today`, the export's date; without it
 * only open ones are counted), and the overdue ones listed with owner and due date.
 */
export function actionsSummaryBlocks(map: JourneyMap, width: number, today?: string): FlowBlock[] {
  const counts = countMapActions(map.actions, today ?? '0000-00-00');
  const line =
    counts.total === 0
      ? 'No actions on this map yet.'
      : `${counts.open} open of ${counts.total}${today ? ` · ${counts.overdue} overdue on ${today}` : ''}`;
  const blocks: FlowBlock[] = [
    groupHeading('Actions', width, 'Follow-up on the pain points and opportunities.'),
    note(line, width),
  ];
  if (!today) return blocks;
  for (const a of map.actions.filter((x) => isOverdue(x, today)))
    blocks.push(
      entry(
        a.title.trim() || 'Untitled action',
        [{ text: actionLine(a, today) }],
        width,
        DEMAND_TRAITS.failure.color,
      ),
    );
  return blocks;
}

/** "Doing · Owner: Care · due 2026-05-01 · overdue": an action in one line (summary, appendix). */
export function actionLine(a: Action, today?: string): string {
  return [
    ACTION_STATUS_TRAITS[a.status].label,
    a.owner?.trim() ? `Owner: ${a.owner.trim()}` : 'No owner',
    a.due ? `due ${a.due}` : '',
    today && isOverdue(a, today) ? 'OVERDUE' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
