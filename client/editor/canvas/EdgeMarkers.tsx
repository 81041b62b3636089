/**
 * Arrowheads for connections (one in the hub colour), defined once for the canvas. Sized in canvas
 * units, not stroke widths, so a thick high-volume route keeps a normal arrowhead.
 */
export function EdgeMarkers() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden>
      <defs>
        <marker
          id="arrow"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="13"
          markerHeight="13"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#64748b" />
        </marker>
        <marker
          id="arrow-hub"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerUnits="userSpaceOnUse"
          markerWidth="17"
          markerHeight="17"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#c2410c" />
        </marker>
      </defs>
    </svg>
  );
}
