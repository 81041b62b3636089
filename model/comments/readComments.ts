import type * as Y from 'yjs';
import type { z } from 'zod';
import type { JourneyMap, ReadProblem } from '../journeyMap';
import { parseRecords, reportProblem } from '../parseRecords';
import { NOTE_KIND_TRAITS } from '../records/note';
import { schemaFields } from '../plainRecord';
import { deepFreeze, sameJson } from '../identity';
import { rawCommentRecords, type CommentCollection } from './commentsDocLayout';
import { commentSchema, type Comment } from './comment';
import { personRecordSchema, type PersonRecord } from './person';
import { anchorKey, threadSchema, type Anchor, type Thread } from './thread';

/** A thread with its comments, as the panel shows it. */
export interface ThreadView {
  readonly thread: Thread;
  /** Oldest first; deleted ones stay as tombstones (`deletedAt`). */
  readonly comments: readonly Comment[];
  readonly status: 'open' | 'resolved';
  /** The anchored card, stage or note is no longer in the map: the thread stays, marked. */
  readonly anchorRemoved: boolean;
  /** The anchor's current name ("Agent call"); empty for the map and for a removed anchor. */
  readonly anchorLabel: string;
  /** Epoch ms of the newest comment (or the thread's start): the panel lists recent talk first. */
  readonly lastActivity: number;
}

export interface CommentsSnapshot {
  /** Open threads, most recent activity first. */
  readonly open: readonly ThreadView[];
  /** Resolved threads, most recently resolved first. */
  readonly resolved: readonly ThreadView[];
  /** Open threads per anchor key (record id, or 'map'), for the badges; removed anchors left out. */
  readonly openCounts: Readonly<Record<string, number>>;
  /** People who have been in the map, by name. */
  readonly people: readonly PersonRecord[];
}

export interface CommentsReadResult {
  readonly comments: CommentsSnapshot;
  readonly problems: readonly ReadProblem[];
}

/**
 * Comments doc + the map snapshot → a validated snapshot. Invalid records (a buggy or hostile
 * writer) are skipped and reported; nothing throws on content. A thread whose anchor is gone is
 * kept and marked `anchorRemoved`: a conversation never vanishes because a card was deleted. With no
 * map yet (still loading), no anchor counts as removed. Pass `prev` to keep unchanged threads
 * (and the snapshot itself) identical, so React skips them.
 */
export function readComments(
  doc: Y.Doc,
  map: JourneyMap | null,
  prev?: CommentsSnapshot,
): CommentsReadResult {
  const problems: ReadProblem[] = [];
  const threads = parseAll(doc, 'threads', threadSchema, problems);
  const threadIds = new Set(threads.map((t) => t.id));
  const byThread = new Map<string, Comment[]>();
  for (const c of parseAll(doc, 'comments', commentSchema, problems)) {
    // A reply can arrive before its thread (updates from different people are not ordered): it
    // waits unseen, and shows as soon as the thread does.
    if (!threadIds.has(c.threadId)) {
      reportProblem(problems, 'comments', c.id, `unknown thread ${c.threadId}`);
      continue;
    }
    const list = byThread.get(c.threadId) ?? [];
    list.push(c);
    byThread.set(c.threadId, list);
  }
  const labels = anchorLabels(map);
  const prevById = new Map([...(prev?.open ?? []), ...(prev?.resolved ?? [])].map((v) => [v.thread.id, v]));
  const views = threads.map((thread) => {
    const comments = (byThread.get(thread.id) ?? []).sort(
      (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    const label = labelOf(thread.anchor, labels);
    const view: ThreadView = {
      thread,
      comments,
      status: thread.resolvedAt === undefined ? 'open' : 'resolved',
      anchorRemoved: label === null,
      anchorLabel: label ?? '',
      lastActivity: Math.max(thread.createdAt, ...comments.map((c) => c.createdAt)),
    };
    const old = prevById.get(thread.id);
    return old && sameJson(old, view) ? old : deepFreeze(view);
  });

  const open = views
    .filter((v) => v.status === 'open')
    .sort((a, b) => b.lastActivity - a.lastActivity || byId(a, b));
  const resolved = views
    .filter((v) => v.status === 'resolved')
    .sort((a, b) => (b.thread.resolvedAt ?? 0) - (a.thread.resolvedAt ?? 0) || byId(a, b));
  // No prototype: an anchor id like `constructor` must count from 0, not from Object's own member.
  const openCounts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const v of open) {
    if (v.anchorRemoved) continue;
    const key = anchorKey(v.thread.anchor);
    openCounts[key] = (openCounts[key] ?? 0) + 1;
  }
  const people = parseAll(doc, 'people', personRecordSchema, problems).sort(
    (a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
  const next: CommentsSnapshot = { open, resolved, openCounts, people };
  return { comments: prev && sameJson(prev, next) ? prev : deepFreeze(next), problems };
}

/** Current names of everything a thread can hang on; null = not in the map (removed). */
function anchorLabels(map: JourneyMap | null): Map<string, string> | null {
  if (!map) return null;
  const labels = new Map<string, string>();
  for (const t of map.touchpoints) labels.set(`touchpoint:${t.id}`, t.title || 'Untitled touchpoint');
  for (const s of map.stages) labels.set(`stage:${s.id}`, s.name || 'Untitled stage');
  for (const n of map.notes) labels.set(`note:${n.id}`, shorten(n.text) || NOTE_KIND_TRAITS[n.kind].label);
  return labels;
}

function labelOf(anchor: Anchor, labels: Map<string, string> | null): string | null {
  if (anchor.kind === 'map') return '';
  if (!labels) return '';
  return labels.get(`${anchor.kind}:${anchor.id}`) ?? null;
}

function shorten(text: string): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function parseAll<S extends z.ZodType<{ id: string }>>(
  doc: Y.Doc,
  name: CommentCollection,
  schema: S,
  problems: ReadProblem[],
): Array<z.infer<S>> {
  return parseRecords(rawCommentRecords(doc, name, schemaFields(schema)), name, schema, problems);
}

function byId(a: ThreadView, b: ThreadView): number {
  return a.thread.id < b.thread.id ? -1 : a.thread.id > b.thread.id ? 1 : 0;
}
