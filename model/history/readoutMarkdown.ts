import { EMOTION_LABELS, clampEmotion } from '../records/emotion';
import { DIFF_KIND_NOUNS, type Readout, type ReadoutNote, type RecordChange } from './historyTypes';

/** The readout's headings for each kind of stage change, in the order they are listed. */
const STAGE_CHANGES = [
  ['added', 'Added'],
  ['changed', 'Changed'],
  ['removed', 'Removed'],
] as const;

/**
 * The readout as a Markdown report people paste into a wiki or a mail: a heading per part, tables
 * for votes and hubs, lists per stage. Every text from the map is escaped, so a card called
 * "**x** | y" prints as written and cannot break a table. Times are UTC, written the same on every
 * machine (the server and the browser make the same file).
 */
export function readoutMarkdown(readout: Readout): string {
  const out: string[] = [`# Workshop readout: ${md(readout.title)}`, ''];
  out.push(
    `From **${md(readout.from.label)}** (${when(readout.from.at)}) to **${md(readout.to.label)}** (${when(readout.to.at)}).`,
    '',
  );
  const { added, changed, removed } = readout.counts;
  out.push(
    '## Summary',
    '',
    `- Cards and notes added: ${added}`,
    `- Changed: ${changed}`,
    `- Removed: ${removed}`,
  );

  section(
    out,
    'Changes by stage',
    readout.stages.flatMap((stage, i) => [
      ...(i > 0 ? [''] : []),
      `### ${md(stage.stageName)}`,
      '',
      ...STAGE_CHANGES.flatMap(([key, heading]) => stage[key].map((c) => `- ${heading} ${changeLine(c)}`)),
    ]),
  );
  section(
    out,
    'Votes',
    readout.votes.flatMap((vote, i) => [
      ...(i > 0 ? [''] : []),
      `### Vote ended ${when(vote.endedAt)}`,
      '',
      `${plural(vote.voters, 'voter')}, ${plural(vote.votesPerPerson, 'vote')} each${vote.anonymous ? ', anonymous' : ''}.`,
      '',
      '| Rank | Card | Votes |',
      '| ---: | --- | ---: |',
      ...vote.ranking.map((r, rank) => `| ${rank + 1} | ${cell(r.title)} | ${r.count} |`),
    ]),
  );
  section(
    out,
    'Timers',
    readout.timers.map(
      (t) => `- ${when(t.startedAt)}: ${duration(t.durationMs)}${t.label ? `, ${md(t.label)}` : ''}`,
    ),
  );
  const { opened, resolved } = readout.comments;
  section(out, 'Comments opened', opened.map(threadLine));
  section(out, 'Comments resolved', resolved.map(threadLine));
  section(out, 'New pain points', readout.newPainPoints.map(noteLine));
  section(out, 'New opportunities', readout.newOpportunities.map(noteLine));
  section(
    out,
    'Hubs whose load or emotion moved',
    readout.hubs.length === 0
      ? []
      : [
          '| Hub | Load before | Load after | Emotion before | Emotion after |',
          '| --- | ---: | ---: | --- | --- |',
          ...readout.hubs.map(
            (h) =>
              `| ${cell(h.title)} | ${h.loadBefore} | ${h.loadAfter} | ${emotion(h.emotionBefore)} | ${emotion(h.emotionAfter)} |`,
          ),
        ],
  );
  section(
    out,
    'Touchpoints with no owner',
    readout.unowned.map((c) => `- ${md(c.stageName)}: ${md(c.title)}`),
  );
  return `${out.join('\n')}\n`;
}

/**
 * Appends `## heading` and its lines; a section with nothing in it says "None." instead of
 * disappearing, so a reader can tell "no votes" from "votes not reported".
 */
function section(out: string[], heading: string, lines: readonly string[]): void {
  out.push('', `## ${heading}`, '', ...(lines.length > 0 ? lines : ['None.']));
}

function changeLine(change: RecordChange): string {
  const head = `${DIFF_KIND_NOUNS[change.kind].toLowerCase()} **${md(change.title)}**`;
  if (change.fields.length === 0) return head;
  const fields = change.fields.map((f) => `${f.label}: ${shown(f.before)} → ${shown(f.after)}`);
  return `${head}: ${fields.join('; ')}`;
}

function threadLine(t: Readout['comments']['opened'][number]): string {
  return `- On **${md(t.on)}**${t.author ? `, by ${md(t.author)}` : ''}: ${t.text ? md(t.text) : '(deleted)'}`;
}

function noteLine(n: ReadoutNote): string {
  return `- ${md(n.stageName)}: ${md(n.text)} (${n.owner ? `owner: ${md(n.owner)}` : 'no owner'})`;
}

function shown(value: string): string {
  return value === '' ? '(empty)' : md(value);
}

function emotion(value: number | null): string {
  return value === null ? '–' : `${EMOTION_LABELS[clampEmotion(value)]} (${value > 0 ? '+' : ''}${value})`;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** "2026-12-03 09:05 UTC": the same text on every machine. */
function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? md(iso) : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "5 min", "1 h 30 min", "45 s". */
function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  const rest = s % 60 ? ` ${s % 60} s` : '';
  if (min < 60) return `${min} min${rest}`;
  return `${Math.floor(min / 60)} h${min % 60 ? ` ${min % 60} min` : ''}${rest}`;
}

/** Text from the map on one line, with Markdown's marks escaped. */
function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** A table cell: escaped like any text (the pipe included), never empty. */
function cell(text: string): string {
  return md(text) || ' ';
}
