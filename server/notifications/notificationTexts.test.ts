import { describe, expect, it } from 'vitest';
import { assignedText, excerpt, mentionText, overdueText, replyText, shortDate } from './notificationTexts';

describe('notification texts', () => {
  it('reads as one human line', () => {
    expect(mentionText('Ana', 'IVR menu', 'can we check\nthe second line')).toBe(
      'Ana mentioned you on “IVR menu”: “can we check”',
    );
    expect(replyText('Ben', '', 'On it')).toBe('Ben replied: “On it”');
    expect(assignedText(null, 'Add outage option to IVR', '2026-12-02', '2026-12-03')).toBe(
      'You were assigned “Add outage option to IVR” (due 2 Dec)',
    );
    expect(assignedText('Ana', '', undefined, '2026-12-03')).toBe('Ana assigned you “Untitled action”');
    expect(overdueText('Add outage option to the IVR menu for everyone', '2025-01-09', '2026-12-03')).toBe(
      '“Add outage option to the IVR menu for e…” is overdue (due 9 Jan 2025)',
    );
  });

  it('cuts long text with an ellipsis and writes dates short', () => {
    expect(excerpt('x'.repeat(80), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(excerpt('  short  ')).toBe('short');
    expect(shortDate('2026-02-28', '2026-12-03')).toBe('28 Feb');
  });
});
