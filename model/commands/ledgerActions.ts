import type * as Y from 'yjs';
import { transactCommand } from '../docLayout';
import type { Origin } from '../origins';
import { failureDemandLedger, formatContacts, type UpstreamCause } from '../programme/ledger';
import { readMap } from '../readMap';
import { ACTION_TITLE_MAX } from '../records/action';
import { addAction } from './actions';
import { CommandError } from './commandSupport';
import { addNote } from './notes';

/** What "Create action" on an upstream cause made: the action and the note holding it. */
export interface LedgerActionResult {
  readonly actionId: string;
  readonly noteId: string;
  /** The note was made for it (the cause had no pain point), so the person sees a new card. */
  readonly newNote: boolean;
}

/** "Remove failure demand from “Status page”", cut to an action title's length. */
export function ledgerActionTitle(causeTitle: string): string {
  const title = causeTitle.trim() || 'Untitled touchpoint';
  const room = ACTION_TITLE_MAX - 'Remove failure demand from “”'.length;
  return `Remove failure demand from “${title.length > room ? `${title.slice(0, room - 1)}…` : title}”`;
}

/** "Causes 1,200 avoidable contacts a month into Agent call": the pain point made for a cause. */
export function ledgerNoteText(cause: Pick<UpstreamCause, 'contacts'>, hubTitles: readonly string[]): string {
  const n = Math.round(cause.contacts);
  const into = hubTitles.length > 0 ? ` into ${new Intl.ListFormat('en').format(hubTitles)}` : '';
  return `Causes ${formatContacts(n)} avoidable ${n === 1 ? 'contact' : 'contacts'} a month${into}`;
}

/**
 * "Create action" on an upstream cause of failure demand (the ledger's report and hub panel): one
 * command, so one undo step, that adds an action addressing the cause (`touchpointIds: [cause]`),
 * held by the cause's first pain point or, when it has none, by a new pain point tied to the cause
 * in its stage that says what it costs ("Causes 1,200 avoidable contacts a month into Agent call").
 * The cause is read from the doc as it is now, so a stale click on a cause that no longer causes
 * failure demand is refused and writes nothing.
 */
export function createLedgerAction(
  doc: Y.Doc,
  touchpointId: string,
  origin?: Origin,
  now: number = Date.now(),
): LedgerActionResult {
  return transactCommand(
    doc,
    () => {
      const map = readMap(doc).map;
      const cause = failureDemandLedger(map).causes.find((c) => c.touchpointId === touchpointId);
      if (!cause) throw new CommandError(`touchpoint ${touchpointId} causes no failure demand`);
      const held = cause.painPointIds[0];
      const titles = new Map(map.touchpoints.map((t) => [t.id, t.title.trim() || 'Untitled touchpoint']));
      // Nested commands join this transaction: the note and its action are one step.
      const noteId =
        held ??
        addNote(doc, {
          kind: 'painPoint',
          stageId: cause.stageId,
          touchpointId,
          text: ledgerNoteText(
            cause,
            cause.hubIds.map((h) => titles.get(h) ?? 'a hub'),
          ),
        });
      const actionId = addAction(
        doc,
        { noteId, title: ledgerActionTitle(cause.title), touchpointIds: [touchpointId] },
        undefined,
        now,
      );
      return { actionId, noteId, newNote: held === undefined };
    },
    origin,
  );
}
