/**
 * Puts the keyboard focus on a card's node (React Flow makes nodes focusable), so that after typing
 * on the card the canvas has the focus again and its single-key shortcuts work. `part` picks a
 * control inside the card instead (e.g. the quick bar's channel button).
 */
export function focusCard(id: string, part?: string): boolean {
  const node = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  const target = part ? node?.querySelector<HTMLElement>(`[data-card-part="${part}"]`) : node;
  if (!target) return false;
  target.focus({ preventScroll: true });
  return true;
}
