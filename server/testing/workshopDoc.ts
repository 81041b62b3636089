import * as Y from 'yjs';
import {
  addTouchpoint,
  claimFacilitatorSeat,
  initMapDoc,
  readMap,
  startVote,
  type LaneKind,
} from '../../model';

/** The facilitator of the write-rule fixtures. */
export const HOST = { userId: 'p_host', name: 'Host' };

export interface WorkshopOptions {
  /** How many touchpoint cards. */
  cards: number;
  /** The open vote's budget. */
  votesPerPerson: number;
  /** The lanes the cards go to, in turn. */
  cardLanes?: readonly LaneKind[];
  /** Cards across the stages in turn, or all in the first. */
  stages?: 'spread' | 'first';
}

/**
 * A map in a workshop, as the write rules see one: `cards` touchpoints (titled `T<i>`), the seat
 * held by HOST and an open vote. Callers add the ballots and card locks their case needs.
 */
export function workshopDoc({
  cards,
  votesPerPerson,
  cardLanes = ['touchpoints'],
  stages = 'spread',
}: WorkshopOptions) {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  const base = readMap(doc).map;
  const lanes = cardLanes.map((kind) => base.lanes.find((l) => l.kind === kind)!.id);
  const ids = Array.from({ length: cards }, (_, i) =>
    addTouchpoint(doc, {
      stageId: base.stages[stages === 'spread' ? i % base.stages.length : 0]!.id,
      laneId: lanes[i % lanes.length]!,
      title: `T${i}`,
    }),
  );
  claimFacilitatorSeat(doc, HOST);
  const voteId = startVote(doc, HOST, { votesPerPerson });
  return { doc, ids, voteId, stage: base.stages[0]!.id, lane: lanes[0]! };
}
