import { EMOTION_LABELS, type Emotion } from '../../../model';
import type { Readout, RecordChange } from '../../../model/history';

/**
 * The readout's sections as one table, in reading order: the dialog and the PDF both walk it, so
 * they list the same things in the same words. Each section turns the server's readout into plain
 * lines (a heading line, then its items); the dialog may draw a section richer (vote bars) but
 * never says something the PDF does not.
 */

export interface ReadoutLine {
  readonly text: string;
  /** 0: an item; 1: under the item before it (a field change, a ranked card); -1: a sub-heading. */
  readonly level: -1 | 0 | 1;
  /** What an item starts with in a text list ("1." for a ranked card); a plain item has a dash. */
  readonly marker?: string;
}

export type SectionId =
  'stages' | 'votes' | 'timers' | 'comments' | 'painPoints' | 'opportunities' | 'hubs' | 'unowned';

export interface ReadoutSection {
  readonly title: string;
  /** Said when the section has nothing: a clean sentence, not an empty box. */
  readonly empty: string;
  /** How many things it lists (votes, timers, notes…): the cover page's table of contents. */
  readonly count: (readout: Readout) => number;
  readonly lines: (readout: Readout, time: TimeFormat) => ReadoutLine[];
}

/** ISO time → what a reader sees ("14:05"); injected so tests need no time zone. */
export type TimeFormat = (iso: string) => string;

export const formatClock: TimeFormat = (iso) =>
  new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });

const item = (text: string): ReadoutLine => ({ text, level: 0 });
const under = (text: string): ReadoutLine => ({ text, level: 1 });
const heading = (text: string): ReadoutLine => ({ text, level: -1 });
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const quoted = (title: string) => (title.trim() ? title : 'Untitled');

function changeLines(verb: string, records: readonly RecordChange[]): ReadoutLine[] {
  return records.flatMap((r) => [
    item(`${verb}: ${quoted(r.title)}`),
    ...r.fields.map((f) => under(`${f.label}: ${f.before || '(empty)'} → ${f.after || '(empty)'}`)),
  ]);
}

function emotionText(e: number | null): string {
  if (e === null) return 'not set';
  const label = EMOTION_LABELS[e as Emotion] as string | undefined;
  return `${e > 0 ? '+' : ''}${e}${label ? ` ${label}` : ''}`;
}

export function minutesText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes >= 1 ? plural(minutes, 'minute') : plural(Math.round(ms / 1000), 'second');
}

export const READOUT_SECTIONS: Readonly<Record<SectionId, ReadoutSection>> = {
  stages: {
    title: 'Changes by stage',
    empty: 'No cards or notes were added, changed or removed.',
    count: (r) => r.stages.reduce((n, s) => n + s.added.length + s.changed.length + s.removed.length, 0),
    lines: (r) =>
      r.stages.flatMap((s) => [
        heading(s.stageName || 'Untitled stage'),
        ...changeLines('Added', s.added),
        ...changeLines('Changed', s.changed),
        ...changeLines('Removed', s.removed),
      ]),
  },
  votes: {
    title: 'Vote results',
    empty: 'No votes were run in this session.',
    count: (r) => r.votes.length,
    lines: (r, time) =>
      r.votes.flatMap((v) => [
        heading(
          `Vote ended ${time(v.endedAt)} · ${plural(v.voters, 'voter')} · ${plural(v.votesPerPerson, 'dot')} each${v.anonymous ? ' · anonymous' : ''}`,
        ),
        ...(v.ranking.length === 0
          ? [item('No votes were cast.')]
          : v.ranking.map((c, i) => ({
              text: `${quoted(c.title)}: ${plural(c.count, 'vote')}`,
              level: 0 as const,
              marker: `${i + 1}.`,
            }))),
      ]),
  },
  timers: {
    title: 'Timers run',
    empty: 'No timers were run in this session.',
    count: (r) => r.timers.length,
    lines: (r, time) =>
      r.timers.map((t) =>
        item(`${t.label.trim() || 'Timer'}: ${minutesText(t.durationMs)}, started ${time(t.startedAt)}`),
      ),
  },
  comments: {
    title: 'Comments',
    empty: 'No comments were opened or resolved.',
    count: (r) => r.comments.opened.length + r.comments.resolved.length,
    lines: (r) => [
      ...(r.comments.opened.length > 0 ? [heading(`Opened (${r.comments.opened.length})`)] : []),
      ...r.comments.opened.map((c) => item(`On ${quoted(c.on)}: “${c.text}” (${c.author || 'someone'})`)),
      ...(r.comments.resolved.length > 0 ? [heading(`Resolved (${r.comments.resolved.length})`)] : []),
      ...r.comments.resolved.map((c) => item(`On ${quoted(c.on)}: “${c.text}” (${c.author || 'someone'})`)),
    ],
  },
  painPoints: {
    title: 'New pain points',
    empty: 'No new pain points.',
    count: (r) => r.newPainPoints.length,
    lines: (r) =>
      r.newPainPoints.map((n) =>
        item(`${quoted(n.text)} (${n.stageName}) · owner: ${n.owner || 'nobody yet'}`),
      ),
  },
  opportunities: {
    title: 'New opportunities',
    empty: 'No new opportunities.',
    count: (r) => r.newOpportunities.length,
    lines: (r) =>
      r.newOpportunities.map((n) =>
        item(`${quoted(n.text)} (${n.stageName}) · owner: ${n.owner || 'nobody yet'}`),
      ),
  },
  hubs: {
    title: 'Contact-center hubs that moved',
    empty: 'No hub’s load or emotion moved.',
    count: (r) => r.hubs.length,
    lines: (r) =>
      r.hubs.flatMap((h) => [
        item(quoted(h.title)),
        ...(h.loadBefore !== h.loadAfter ? [under(`Routes in: ${h.loadBefore} → ${h.loadAfter}`)] : []),
        ...(h.emotionBefore !== h.emotionAfter
          ? [under(`Emotion: ${emotionText(h.emotionBefore)} → ${emotionText(h.emotionAfter)}`)]
          : []),
      ]),
  },
  unowned: {
    title: 'Touchpoints with no owner',
    empty: 'Every touchpoint has an owner.',
    count: (r) => r.unowned.length,
    lines: (r) => r.unowned.map((t) => item(`${quoted(t.title)} (${t.stageName})`)),
  },
};

export const SECTION_ORDER = Object.keys(READOUT_SECTIONS) as SectionId[];

/** The summary line: "5 added · 2 changed · 1 removed (cards and notes)". */
export function summaryText(r: Readout): string {
  const { added, changed, removed } = r.counts;
  return `${added} added · ${changed} changed · ${removed} removed (cards and notes)`;
}

/** "Session started, 13:02 → Now, 14:10": the window the readout covers, in the server's words. */
export function windowText(r: Readout, time: TimeFormat): string {
  return `${r.from.label}, ${time(r.from.at)} → ${r.to.label}, ${time(r.to.at)}`;
}
