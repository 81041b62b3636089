import { inflateSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

/** Helpers for the export specs: download through the dialog, and look inside PNG and PDF files. */

export interface Downloaded {
  readonly name: string;
  readonly bytes: Buffer;
}

/** Clicks the dialog's Download and returns the file the browser saved. */
export async function downloadFrom(page: Page, dialog: Locator): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk (it always comes first, right after the signature). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and samples it: distinct colours, and the top-left pixel. */
export async function samplePng(page: Page, bytes: Buffer): Promise<{ colours: number; corner: number[] }> {
  return page.evaluate(async (base64) => {
    // Decoded here, not fetched from a data: URL: the page's CSP allows connections to its own origin only.
    const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob, { resizeWidth: 800, resizeQuality: 'pixelated' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return { colours: colours.size, corner: Array.from(data.subarray(0, 4)) };
  }, bytes.toString('base64'));
}

/** A PDF's text as a reader would search it: every stream, inflated where it is compressed. */
export function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  let out = raw;
  const streams = /stream\r?\n/g;
  let match: RegExpExecArray | null;
  while ((match = streams.exec(raw))) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    try {
      out += inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      // Not deflated (or not a content stream): its raw bytes are already in `out`.
    }
    streams.lastIndex = end;
  }
  return out;
}

/** The page objects of a PDF (not the /Pages tree node). */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
