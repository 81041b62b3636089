import type { MapTemplate } from '../api/mapsApi';

const STAGES = 6;
const LANES = 4;
const W = 168;
const H = 72;

/**
 * A thumbnail of what a template starts with: the empty stage × lane grid, or the sample's
 * touchpoints and its emotion curve dipping at the contact-center stage. Decorative.
 */
export function TemplatePreview({ template }: { template: MapTemplate }) {
  const colW = W / STAGES;
  const rowH = (H - 12) / LANES;
  return (
    <svg className="template-preview" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      {Array.from({ length: STAGES }, (_, i) => (
        <g key={i}>
          <rect
            x={i * colW + 2}
            y={2}
            width={colW - 4}
            height={6}
            rx={2}
            className="template-preview-stage"
          />
          {Array.from({ length: LANES }, (_, j) => (
            <rect
              key={j}
              x={i * colW + 2}
              y={12 + j * rowH}
              width={colW - 4}
              height={rowH - 3}
              rx={2}
              className="template-preview-cell"
            />
          ))}
        </g>
      ))}
      {template === 'sample' && (
        <>
          <path
            d="M10 34 C 30 34, 36 50, 56 52 S 76 56, 86 44 S 120 26, 158 28"
            className="template-preview-curve"
          />
          {[
            [14, 17, 'template-preview-card'],
            [42, 17, 'template-preview-card'],
            [70, 17, 'template-preview-hub'],
            [98, 17, 'template-preview-card'],
            [126, 17, 'template-preview-card'],
            [154, 17, 'template-preview-card'],
          ].map(([x, y, cls]) => (
            <rect
              key={String(x)}
              x={Number(x) - 9}
              y={Number(y) - 3}
              width={18}
              height={7}
              rx={2}
              className={String(cls)}
            />
          ))}
          <rect x={38} y={58} width={18} height={7} rx={2} className="template-preview-pain" />
          <rect x={66} y={58} width={18} height={7} rx={2} className="template-preview-pain" />
        </>
      )}
    </svg>
  );
}
