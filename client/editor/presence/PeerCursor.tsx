import { memo, useEffect, useRef } from 'react';

/** A cursor that has not moved for this long fades out (the person is reading or away). */
export const CURSOR_IDLE_MS = 5000;

interface PeerCursorProps {
  name: string;
  color: string;
  /** Screen position inside the canvas (flow position through this tab's viewport). */
  left: number;
  top: number;
  /** The flow position: only a real move (not our own pan) wakes an idle cursor. */
  flowX: number;
  flowY: number;
}

/** Another person's pointer: an arrow in their colour with their name. */
export const PeerCursor = memo(function PeerCursor({
  name,
  color,
  left,
  top,
  flowX,
  flowY,
}: PeerCursorProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.classList.remove('is-idle');
    const timer = setTimeout(() => el.classList.add('is-idle'), CURSOR_IDLE_MS);
    return () => clearTimeout(timer);
  }, [flowX, flowY]);
  return (
    <div
      ref={ref}
      className="peer-cursor"
      data-testid="peer-cursor"
      data-name={name}
      style={{ transform: `translate(${left}px, ${top}px)`, ['--peer' as string]: color }}
    >
      <svg className="peer-cursor-arrow" width="18" height="20" viewBox="0 0 18 20" aria-hidden="true">
        <path
          d="M1.5 1.5 L16 9.2 L9.3 10.9 L6.2 17.8 Z"
          fill={color}
          stroke="#fff"
          strokeWidth="1.6"
          strokeLinejoin="round"
        />
      </svg>
      <span className="peer-cursor-label">{name}</span>
    </div>
  );
});
