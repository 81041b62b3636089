import type { KeyboardEvent } from 'react';

/**
 * Arrow keys between the table's cells, without taking keys a control needs: Up/Down move a row
 * from a text field, checkbox or button (a select keeps Up/Down to change its value); Left/Right
 * move a cell from a checkbox or button, and from a text field only with the caret at its edge.
 */
const STEPS: Record<string, { row: number; col: number }> = {
  ArrowUp: { row: -1, col: 0 },
  ArrowDown: { row: 1, col: 0 },
  ArrowLeft: { row: 0, col: -1 },
  ArrowRight: { row: 0, col: 1 },
};

const FOCUSABLE = 'input, select, button';

function mayLeave(el: HTMLElement, key: string): boolean {
  if (el instanceof HTMLSelectElement) return false;
  if (el instanceof HTMLInputElement && el.type === 'text') {
    if (key === 'ArrowUp' || key === 'ArrowDown') return true;
    const { selectionStart: start, selectionEnd: end, value } = el;
    if (start !== end) return false;
    return key === 'ArrowLeft' ? start === 0 : end === value.length;
  }
  return true;
}

/** The control in the cell `step` away from the focused one, if any (skips cells without one). */
export function moveFocus(e: KeyboardEvent<HTMLElement>): void {
  const step = STEPS[e.key];
  const el = e.target;
  if (!step || e.altKey || e.ctrlKey || e.metaKey || !(el instanceof HTMLElement) || !mayLeave(el, e.key))
    return;
  const cell = el.closest('td, th');
  const row = cell?.parentElement;
  const body = row?.parentElement;
  if (!cell || !(row instanceof HTMLTableRowElement) || !body) return;
  const rows = [...body.parentElement!.querySelectorAll('tr')];
  let r = rows.indexOf(row);
  let c = [...row.cells].indexOf(cell as HTMLTableCellElement);
  for (;;) {
    r += step.row;
    c += step.col;
    const target = rows[r]?.cells[c];
    if (!target) return;
    const control = target.querySelector<HTMLElement>(FOCUSABLE);
    if (control) {
      e.preventDefault();
      control.focus();
      return;
    }
    if (step.row !== 0) return; // a row without a control in this column: stay
  }
}
