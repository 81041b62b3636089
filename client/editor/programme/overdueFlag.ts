import type { Action, OverdueIndex } from '../../../model';

/**
 * What a card's overdue flag needs, as plain values so the card's cache key compares them field
 * by field (canvas/projection/cardNode.ts): how many, and the tooltip's lines.
 */
// A type, not an interface: React Flow's node data must be assignable to Record<string, unknown>.
export type OverdueFlagFields = {
  /** Overdue actions of this note or that concern this touchpoint; 0 for none. */
  readonly overdue: number;
  /** One line per action: "Title — due 2026-03-01 · Owner". */
  readonly overdueTip: string;
};

export const NO_OVERDUE: OverdueFlagFields = { overdue: 0, overdueTip: '' };

/** One action as a line of the flag's tooltip and the header's list. */
export function overdueLine(a: Pick<Action, 'title' | 'due' | 'owner'>): string {
  return `${a.title.trim() || 'Untitled action'} — due ${a.due ?? '?'}${a.owner ? ` · ${a.owner}` : ''}`;
}

/** The flag's fields for a note (`by: 'byNote'`) or a touchpoint, from the map's overdue index. */
export function overdueFlagFields(
  index: OverdueIndex | null | undefined,
  by: keyof OverdueIndex,
  id: string,
): OverdueFlagFields {
  const list = index?.[by].get(id);
  if (!list || list.length === 0) return NO_OVERDUE;
  return { overdue: list.length, overdueTip: list.map(overdueLine).join('\n') };
}
