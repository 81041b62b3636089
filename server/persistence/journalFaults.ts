/**
 * TEST ONLY: faults the journal can be told to inject, to simulate a power cut in integration tests
 * (`server/powerCut.int.test.ts`). Honoured only when JOURNEY_TEST_FAULT is set explicitly, as
 * `<kind>@<n>`: the n-th commit of this process (1-based) meets the fault. Never set it in production.
 */
export type JournalFaultKind = 'fsync-fail' | 'kill-before-commit' | 'kill-before-ack';

export interface JournalFault {
  kind: JournalFaultKind;
  /** Which commit (batch) of this process, counting from 1. */
  commit: number;
}

/** When the fault strikes and what it does. */
interface FaultTraits {
  /** `commit`: the batch's rows are written, the COMMIT (write + fsync) has not run; `ack`: it has. */
  at: 'commit' | 'ack';
  /** `fail`: the commit fails like an fsync returning EIO (rolled back); `kill`: SIGKILL the process. */
  act: 'fail' | 'kill';
}

export const JOURNAL_FAULT_TRAITS = {
  'fsync-fail': { at: 'commit', act: 'fail' },
  // Killed between writing and fsync: nothing of the batch is durable, nothing was acknowledged.
  'kill-before-commit': { at: 'commit', act: 'kill' },
  // Durable but never acknowledged: after the restart the store holds updates no client received.
  'kill-before-ack': { at: 'ack', act: 'kill' },
} as const satisfies Record<JournalFaultKind, FaultTraits>;

/** Parses `JOURNEY_TEST_FAULT`; undefined when unset. A malformed value throws (a test typo must not pass silently). */
export function parseJournalFault(raw: string | undefined): JournalFault | undefined {
  if (raw === undefined || raw === '') return undefined;
  const match = /^([a-z-]+)@(\d+)$/.exec(raw);
  const kind = match?.[1];
  const commit = Number(match?.[2]);
  if (!kind || !(kind in JOURNAL_FAULT_TRAITS) || !(commit >= 1)) {
    throw new Error(
      `JOURNEY_TEST_FAULT: expected <${Object.keys(JOURNAL_FAULT_TRAITS).join('|')}>@<n>, got ${raw}`,
    );
  }
  return { kind: kind as JournalFaultKind, commit };
}

/** Runs the fault if this is its moment: throws for `fail`, never returns for `kill`. */
export function strike(fault: JournalFault | undefined, commit: number, at: FaultTraits['at']): void {
  if (!fault || fault.commit !== commit) return;
  const traits = JOURNAL_FAULT_TRAITS[fault.kind];
  if (traits.at !== at) return;
  if (traits.act === 'kill') process.kill(process.pid, 'SIGKILL');
  // What better-sqlite3 reports for SQLITE_IOERR_FSYNC.
  throw Object.assign(new Error(`disk I/O error (test fault ${fault.kind}@${fault.commit})`), {
    code: 'SQLITE_IOERR_FSYNC',
  });
}
