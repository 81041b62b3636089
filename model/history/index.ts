/**
 * Map history (issue 17): the shared shapes, the diff between two snapshots, the workshop readout
 * and the vote-result / timer-run records, for the server (which computes them) and the client
 * (which shows them). Its own entry, like `model/export` and `model/comments`.
 */
export * from './historyTypes';
export * from './diffFields';
export { diffMaps, fieldChanges } from './mapDiff';
export * from './readHistoryRecords';
export { buildReadout, type ReadoutInput } from './readout';
export { readoutMarkdown } from './readoutMarkdown';
export { docOfState, mapOfState, readState } from './mapOfState';
export { versionLabel, versionTime, versionTitle, type VersionLabelForm } from './versionLabel';
export { voteResultSchema, VOTE_RESULT_MAX_CARDS, type VoteResult } from '../records/voteResult';
export { timerRunSchema, type TimerRun } from '../records/timerRun';
export { HISTORY_COLLECTIONS } from '../docLayout';
