import { ConnectionEdgeView } from './ConnectionEdgeView';
import { AddStageButton } from './nodes/AddStageButton';
import { EmotionCurve } from './nodes/EmotionCurve';
import { GridBackground } from './nodes/GridBackground';
import { LaneLabel } from './nodes/LaneLabel';
import { NoteCard } from './nodes/NoteCard';
import { StageHeader } from './nodes/StageHeader';
import { TouchpointCard } from './nodes/TouchpointCard';

/** The component React Flow draws each node type with (nodeTypes.ts names the types). */
export const NODE_COMPONENTS = {
  grid: GridBackground,
  laneLabel: LaneLabel,
  stageHeader: StageHeader,
  touchpoint: TouchpointCard,
  note: NoteCard,
  emotionCurve: EmotionCurve,
  addStage: AddStageButton,
};
export const EDGE_COMPONENTS = { connection: ConnectionEdgeView };
