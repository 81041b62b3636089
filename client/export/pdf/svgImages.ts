import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { SvgElement } from './svgTree';

/**
 * The images a PDF holds: PNG and JPEG `data:` URLs (a persona's uploaded photo). The PDF never
 * fetches, and other types (WebP) are left out: whatever the drawing puts under an image (a
 * persona's initials) then shows.
 */
const EMBEDDERS: Readonly<Record<string, 'embedPng' | 'embedJpg'>> = {
  'image/png': 'embedPng',
  'image/jpeg': 'embedJpg',
  'image/jpg': 'embedJpg',
};

/** An `<image>`'s source (SVG 2 `href`, or SVG 1.1 `xlink:href`). */
export function imageHref(el: SvgElement): string {
  return el.attrs.href ?? el.attrs['xlink:href'] ?? '';
}

/** Embeds every distinct image the pages draw, once; an image that fails to decode is left out. */
export async function embedImages(
  doc: PDFDocument,
  trees: readonly SvgElement[],
): Promise<Map<string, PDFImage>> {
  const images = new Map<string, PDFImage>();
  const hrefs = new Set<string>();
  const walk = (el: SvgElement) => {
    if (el.name === 'image') hrefs.add(imageHref(el));
    for (const child of el.children) if (typeof child !== 'string') walk(child);
  };
  trees.forEach(walk);
  for (const href of hrefs) {
    const mime = /^data:([a-z/+-]+);base64,/i.exec(href)?.[1]?.toLowerCase();
    const embed = mime ? EMBEDDERS[mime] : undefined;
    if (!embed) continue;
    try {
      images.set(href, await doc[embed](href));
    } catch {
      // Not the image its type says: drawn as nothing, like a broken image in a browser.
    }
  }
  return images;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const ALIGN = { Min: 0, Mid: 0.5, Max: 1 } as const;

/**
 * Where an image of `natural` size lands in its box under `preserveAspectRatio` (default
 * "xMidYMid meet"): "none" stretches it, "meet" fits it whole, "slice" covers the box (the caller
 * clips to the box), aligned by xMin/xMid/xMax and YMin/YMid/YMax.
 */
export function imagePlacement(
  box: Box,
  natural: { readonly width: number; readonly height: number },
  preserveAspectRatio = 'xMidYMid meet',
): Box {
  const [align = 'xMidYMid', mode = 'meet'] = preserveAspectRatio.trim().split(/\s+/);
  if (align === 'none' || natural.width <= 0 || natural.height <= 0) return box;
  const fit = mode === 'slice' ? Math.max : Math.min;
  const scale = fit(box.width / natural.width, box.height / natural.height);
  const width = natural.width * scale;
  const height = natural.height * scale;
  const parts = /^x(Min|Mid|Max)Y(Min|Mid|Max)$/.exec(align);
  const ax = ALIGN[(parts?.[1] ?? 'Mid') as keyof typeof ALIGN];
  const ay = ALIGN[(parts?.[2] ?? 'Mid') as keyof typeof ALIGN];
  return {
    x: box.x + (box.width - width) * ax,
    y: box.y + (box.height - height) * ay,
    width,
    height,
  };
}
