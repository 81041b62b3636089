import type { CommentsSnapshot, ThreadView } from '../comments/readComments';
import type { AnchorKind } from '../comments/thread';
import { hubInsights, type HubInsight } from '../insights/hubInsights';
import { ownership } from '../insights/ownership';
import type { JourneyMap } from '../journeyMap';
import { NOTE_KIND_TRAITS, type Note } from '../records/note';
import { stageName } from './diffFields';
import type { Readout, ReadoutHub, ReadoutNote, ReadoutStage, VoteResultSummary } from './historyTypes';
import { diffMaps } from './mapDiff';
import type { TimerRunSummary } from './readHistoryRecords';

/** Everything a readout is computed from: two states of the map and of its comments, and the records. */
export interface ReadoutInput {
  readonly title: string;
  readonly before: JourneyMap;
  readonly after: JourneyMap;
  /** `readComments` of the comments doc at each end (with the map of that end). */
  readonly commentsBefore: CommentsSnapshot;
  readonly commentsAfter: CommentsSnapshot;
  /** Every vote result and timer run of the map (`readVoteResults`, `readTimerRuns`): filtered here. */
  readonly voteResults: readonly VoteResultSummary[];
  readonly timerRuns: readonly TimerRunSummary[];
  /** ISO 8601 and a label ("Session start", "Before workshop", "Now") for each end. */
  readonly from: { readonly at: string; readonly label: string };
  readonly to: { readonly at: string; readonly label: string };
}

type ThreadLine = Readout['comments']['opened'][number];

/** What a thread is on when its anchor has no name to show: the map, or something since removed. */
const ANCHOR_FALLBACK: Readonly<Record<AnchorKind, string>> = {
  map: 'The map',
  touchpoint: 'A removed card',
  stage: 'A removed stage',
  note: 'A removed note',
};

/**
 * The workshop readout between two states of a map: exact figures, no guesses. Cards and notes
 * added, changed and removed per stage (`diffMaps`); the votes that ended and the timers that started
 * in [from, to]; comment threads opened (there at the end, not at the start) and resolved (resolved
 * at the end, not at the start); new pain points and opportunities with their owners; hubs whose
 * load or emotion moved (a hub that appeared or stopped being one counts: its other end is 0 / null);
 * touchpoints that need an owner and have none at the end. Pure: the server serves it, the client
 * shows it, `readoutMarkdown` writes it down.
 */
export function buildReadout(input: ReadoutInput): Readout {
  const { before, after } = input;
  const diff = diffMaps(before, after);
  const from = Date.parse(input.from.at);
  const to = Date.parse(input.to.at);
  const within = (at: string) => from <= Date.parse(at) && Date.parse(at) <= to;
  const hadNote = new Set(before.notes.map((n) => n.id));
  const newNotes = after.notes.filter((n) => !hadNote.has(n.id));
  const unownedIds = new Set(ownership(after).unownedIds);
  return {
    title: input.title,
    from: { at: input.from.at, label: input.from.label },
    to: { at: input.to.at, label: input.to.label },
    counts: diff.counts,
    stages: stagesOf(diff.changes, before, after),
    votes: input.voteResults.filter((v) => within(v.endedAt)),
    timers: input.timerRuns.filter((r) => within(r.startedAt)),
    comments: threadChanges(input.commentsBefore, input.commentsAfter),
    newPainPoints: newNotes.filter((n) => NOTE_KIND_TRAITS[n.kind].isPain).map((n) => readoutNote(n, after)),
    newOpportunities: newNotes
      .filter((n) => NOTE_KIND_TRAITS[n.kind].actionable)
      .map((n) => readoutNote(n, after)),
    hubs: movedHubs(hubInsights(before), hubInsights(after)),
    unowned: after.touchpoints
      .filter((t) => unownedIds.has(t.id))
      .map((t) => ({ id: t.id, title: t.title, stageName: stageName(after, t.stageId) })),
  };
}

/** Card and note changes per stage: live stages in map order, then removed stages in their old order. */
function stagesOf(
  changes: ReturnType<typeof diffMaps>['changes'],
  before: JourneyMap,
  after: JourneyMap,
): ReadoutStage[] {
  const live = new Set(after.stages.map((s) => s.id));
  const order = [...after.stages, ...before.stages.filter((s) => !live.has(s.id))];
  const out: ReadoutStage[] = [];
  for (const stage of order) {
    const here = changes.filter((c) => c.stageId === stage.id);
    if (here.length === 0) continue;
    out.push({
      stageId: stage.id,
      stageName: stage.name,
      added: here.filter((c) => c.change === 'added'),
      changed: here.filter((c) => c.change === 'changed'),
      removed: here.filter((c) => c.change === 'removed'),
    });
  }
  return out;
}

function threadChanges(before: CommentsSnapshot, after: CommentsSnapshot): Readout['comments'] {
  const existed = new Set([...before.open, ...before.resolved].map((v) => v.thread.id));
  const wasResolved = new Set(before.resolved.map((v) => v.thread.id));
  const byStart = (a: ThreadView, b: ThreadView) =>
    a.thread.createdAt - b.thread.createdAt || (a.thread.id < b.thread.id ? -1 : 1);
  return {
    opened: [...after.open, ...after.resolved]
      .filter((v) => !existed.has(v.thread.id))
      .sort(byStart)
      .map(threadLine),
    resolved: after.resolved
      .filter((v) => !wasResolved.has(v.thread.id))
      .sort(byStart)
      .map(threadLine),
  };
}

/** A thread as one line: what it is on, its first comment, who started it. */
function threadLine(view: ThreadView): ThreadLine {
  const first = view.comments[0];
  return {
    threadId: view.thread.id,
    on: view.anchorLabel || ANCHOR_FALLBACK[view.thread.anchor.kind],
    text: first && first.deletedAt === undefined ? first.text : '',
    author: view.thread.createdBy.name,
  };
}

function readoutNote(note: Note, map: JourneyMap): ReadoutNote {
  return { id: note.id, text: note.text, stageName: stageName(map, note.stageId), owner: note.owner ?? '' };
}

/** Hubs (busiest at the end first, then those that stopped being hubs) whose load or emotion moved. */
function movedHubs(before: readonly HubInsight[], after: readonly HubInsight[]): ReadoutHub[] {
  const old = new Map(before.map((h) => [h.touchpointId, h]));
  const now = new Set(after.map((h) => h.touchpointId));
  const rows: ReadoutHub[] = [
    ...after.map((h) => hubRow(h.touchpointId, h.title, old.get(h.touchpointId), h)),
    ...before
      .filter((h) => !now.has(h.touchpointId))
      .map((h) => hubRow(h.touchpointId, h.title, h, undefined)),
  ];
  return rows.filter((r) => r.loadBefore !== r.loadAfter || r.emotionBefore !== r.emotionAfter);
}

function hubRow(id: string, title: string, b: HubInsight | undefined, a: HubInsight | undefined): ReadoutHub {
  return {
    id,
    title,
    loadBefore: b?.load ?? 0,
    loadAfter: a?.load ?? 0,
    emotionBefore: b?.emotionAt ?? null,
    emotionAfter: a?.emotionAt ?? null,
  };
}
