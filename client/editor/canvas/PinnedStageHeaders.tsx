import { useStore } from '@xyflow/react';
import type { GridLayout, Stage } from '../../../model';
import { pinnedView } from '../viewport/pinnedStages';
import type { CardMarks } from './projection/historyMarks';

/** A column narrower than this on screen gets no pinned name. */
const MIN_LABEL_WIDTH = 28;
/** Narrower than this, the name takes the stage number's room and a smaller size. */
const MIN_INDEX_WIDTH = 110;

/**
 * The stage names, pinned at the top of the canvas at a readable size while the real headers cannot
 * be read (scrolled off, or too small at a zoom that fits a crowded map): each over its column's
 * visible part, so panning down a tall map or zooming out never leaves the columns unnamed. Beside
 * React Flow like the minimap, and drawn only while needed, so it costs nothing at a normal zoom.
 * Not interactive: a click goes through to the canvas. `marks`: stages marked against an earlier
 * version (History: compare), as their real headers are.
 */
export function PinnedStageHeaders({
  stages,
  layout,
  marks,
}: {
  stages: readonly Stage[];
  layout: GridLayout;
  marks: CardMarks | null;
}) {
  const view = useStore(pinnedView);
  if (!view) return null;
  const [tx, zoom, width] = view.split(':').map(Number) as [number, number, number];
  return (
    <div className="pinned-stages" role="list" aria-label="Stages">
      {layout.columns.map((column, i) => {
        const stage = stages[i];
        const left = Math.max(0, tx + column.x * zoom);
        const right = Math.min(width, tx + (column.x + column.width) * zoom);
        if (!stage || right - left < MIN_LABEL_WIDTH) return null;
        const name = stage.name || 'Untitled stage';
        const mark = marks?.get(stage.id);
        return (
          <div
            key={column.stageId}
            role="listitem"
            className={`pinned-stage${i % 2 ? ' is-odd' : ''}${right - left < MIN_INDEX_WIDTH ? ' is-narrow' : ''}${mark ? ` is-marked mark-${mark}` : ''}`}
            data-mark={mark}
            style={{ left, width: right - left }}
            title={name}
          >
            {right - left >= MIN_INDEX_WIDTH && (
              <span className="pinned-stage-index">{String(i + 1).padStart(2, '0')}</span>
            )}
            <span className="pinned-stage-name">{name}</span>
          </div>
        );
      })}
    </div>
  );
}
