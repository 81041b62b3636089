import * as Y from 'yjs';
import { initMapDoc, readMap, type JourneyMap, type TemplateName } from '../../../model';
import { EXPORT_PAGE, exportGeometry, renderMapSvg, writeMapFileToDoc } from '../../../model/export';
import type { MapFile } from '../../../model/export/mapExportFormat';

/**
 * A template's preview is drawn by the export renderer from the template itself: its content is
 * written into a throwaway Y.Doc (the same writers the server uses), read back with `readMap`, and
 * the snapshot rendered to SVG. Nothing here touches the network or a live map.
 */

/** The snapshot of a built-in template (`blank`, `sample`), seeded like the server seeds a new map. */
export function builtinSnapshot(name: TemplateName): JourneyMap {
  const doc = new Y.Doc();
  initMapDoc(doc, name);
  return snapshotOf(doc);
}

/** The snapshot of a map file (a gallery template's build, or a saved template's stored file). */
export function fileSnapshot(file: MapFile): JourneyMap {
  const doc = new Y.Doc();
  writeMapFileToDoc(doc, file);
  return snapshotOf(doc);
}

function snapshotOf(doc: Y.Doc): JourneyMap {
  try {
    return readMap(doc).map;
  } finally {
    doc.destroy();
  }
}

export interface TemplatePreviewDrawing {
  /** The whole export page as SVG markup (drawn as an image, so nothing in it runs). */
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** The part of the page a thumbnail shows: the grid (stages, lanes, cards, curve), not header or legend. */
  readonly viewBox: readonly [x: number, y: number, width: number, height: number];
}

/** The thumbnail's aspect (width / height) and the most of the grid's width it shows. */
export const PREVIEW_ASPECT = 2.4;
const PREVIEW_MAX_WIDTH = 1400;

/** Renders the snapshot with the export renderer and frames its grid, from its top-left corner. */
export function drawTemplatePreview(map: JourneyMap): TemplatePreviewDrawing {
  const geometry = exportGeometry(map);
  const svg = renderMapSvg(map, { background: 'white' });
  const gridX = EXPORT_PAGE.margin;
  const width = Math.min(geometry.layout.width, PREVIEW_MAX_WIDTH);
  const height = Math.min(geometry.layout.height, width / PREVIEW_ASPECT);
  return {
    svg,
    width: geometry.width,
    height: geometry.height,
    viewBox: [gridX - 8, geometry.gridY - 8, width + 16, Math.max(height, 40) + 16],
  };
}
