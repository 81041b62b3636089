import { useViewport } from '@xyflow/react';
import { GRID, type GridLayout, type Rect } from '../../../model';

/**
 * The lane names, pinned on the left of a stage slide that does not start at the map's left edge
 * (there the real lane labels are in view), over each lane's row and at the slide's zoom: the room
 * the frame keeps for them (`slideFrame`) is where they go. Not interactive.
 */
export function PinnedLaneLabels({ layout, frame }: { layout: GridLayout; frame: Rect }) {
  const { x, y, zoom } = useViewport();
  if (frame.x <= 0) return null;
  const left = frame.x * zoom + x;
  const width = GRID.laneHeaderWidth * zoom;
  return (
    <div className="pinned-lanes" aria-hidden="true" style={{ left, width }}>
      {layout.rows.map((row) => (
        <div
          key={row.laneId}
          className="pinned-lane"
          style={{ top: row.y * zoom + y, height: row.height * zoom, fontSize: Math.max(11, 15 * zoom) }}
        >
          {row.label}
        </div>
      ))}
    </div>
  );
}
