import { nextFrame, throwIfAborted, type ProgressFn } from './exportProgress';

/** Rows drawn per step: small enough to report progress and react to Cancel on a huge map. */
const STRIP_HEIGHT = 1024;

/**
 * SVG string → PNG blob through the browser's own renderer (an <img> of the SVG drawn on a canvas,
 * then `canvas.toBlob`), no hand-written rasterizer. `svg` must already carry its output size in
 * its width/height attributes (renderMapSvg's `scale`), so the browser rasterizes the vectors at
 * full density instead of scaling up a bitmap. The canvas is drawn in horizontal strips, yielding
 * between them, and released as soon as the PNG is encoded.
 */
export async function rasterizeSvg(
  svg: string,
  width: number,
  height: number,
  signal: AbortSignal,
  onProgress: ProgressFn,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  const canvas = document.createElement('canvas');
  try {
    onProgress(0.05, 'Preparing the image…');
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    throwIfAborted(signal);

    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx)
      throw new Error('This browser cannot draw an image that large. Try a smaller scale, or SVG or PDF.');
    for (let y = 0; y < height; y += STRIP_HEIGHT) {
      const h = Math.min(STRIP_HEIGHT, height - y);
      ctx.drawImage(img, 0, y, width, h, 0, y, width, h);
      onProgress(0.1 + 0.6 * ((y + h) / height), 'Drawing the map…');
      await nextFrame();
      throwIfAborted(signal);
    }

    onProgress(0.75, 'Encoding the PNG…');
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    throwIfAborted(signal);
    if (!blob) throw new Error('The browser could not encode the PNG. Try a smaller scale, or SVG or PDF.');
    onProgress(1, 'Done');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
    // Free the bitmap now rather than whenever the canvas is collected: it can be hundreds of MB.
    canvas.width = 0;
    canvas.height = 0;
  }
}
