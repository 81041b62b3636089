import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { GRID } from '../../../../model';
import type { GridNode } from '../nodeTypes';

/** Column bands and row lines behind the cards; purely visual, never interactive. */
export const GridBackground = memo(function GridBackground({ data }: NodeProps<GridNode>) {
  const layout = data;
  return (
    <svg className="grid-bg" width={layout.width} height={layout.height} aria-hidden>
      {layout.columns.map((c, i) => (
        <rect
          key={c.stageId}
          x={c.x}
          y={0}
          width={c.width}
          height={layout.height}
          className={i % 2 ? 'col-odd' : 'col-even'}
        />
      ))}
      <rect x={0} y={0} width={GRID.laneHeaderWidth} height={layout.height} className="lane-header-bg" />
      {layout.rows.map((r) => (
        <line key={r.laneId} x1={0} x2={layout.width} y1={r.y} y2={r.y} className="row-line" />
      ))}
      <line x1={0} x2={layout.width} y1={layout.height} y2={layout.height} className="row-line" />
      {layout.columns.map((c) => (
        <line key={c.stageId} x1={c.x} x2={c.x} y1={0} y2={layout.height} className="col-line" />
      ))}
    </svg>
  );
});
