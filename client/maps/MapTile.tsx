/** Soft tints for the tiles; picked from the id so a map keeps its colour when renamed. */
const TINTS = ['indigo', 'teal', 'amber', 'rose', 'sky', 'violet'] as const;

function tintFor(id: string): (typeof TINTS)[number] {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return TINTS[hash % TINTS.length] ?? 'indigo';
}

/** The first letter or digit of the title (skipping quotes, dashes and emoji). */
function initialOf(title: string): string {
  const match = /[\p{L}\p{N}]/u.exec(title);
  return match ? match[0].toLocaleUpperCase() : 'J';
}

/** The coloured initial before a map's title, so rows are easy to tell apart at a glance. */
export function MapTile({ id, title }: { id: string; title: string }) {
  return (
    <span className={`map-tile map-tile-${tintFor(id)}`} aria-hidden="true">
      {initialOf(title)}
    </span>
  );
}
