import type { TemplateName } from '../../../model';
import type { TemplateRef } from '../../../model/templates/templatesApi';
import { templateFile } from '../../api/templatesApi';
import {
  builtinSnapshot,
  drawTemplatePreview,
  fileSnapshot,
  type TemplatePreviewDrawing,
} from './templateSnapshot';

/**
 * Previews by ref, drawn once per page load (a failure is forgotten, so the next open tries again).
 * Built-ins and gallery templates are drawn from the client's own copy of their content (the gallery
 * module loads on first use); a saved template's file comes from the server.
 */
const cache = new Map<TemplateRef, Promise<TemplatePreviewDrawing>>();

const BUILTINS: Record<TemplateName, true> = { blank: true, sample: true };

export function templatePreview(ref: TemplateRef): Promise<TemplatePreviewDrawing> {
  let drawing = cache.get(ref);
  if (!drawing) {
    drawing = loadSnapshot(ref).then(drawTemplatePreview);
    cache.set(ref, drawing);
    drawing.catch(() => cache.delete(ref));
  }
  return drawing;
}

/** A removed saved template's preview is dropped with it. */
export function forgetTemplatePreview(ref: TemplateRef): void {
  cache.delete(ref);
}

async function loadSnapshot(ref: TemplateRef) {
  if (ref in BUILTINS) return builtinSnapshot(ref as TemplateName);
  const { GALLERY_TEMPLATES } = await import('../../../model/templates/gallery');
  const gallery = GALLERY_TEMPLATES.find((t) => t.id === ref);
  if (gallery) return fileSnapshot(gallery.build());
  return fileSnapshot(await templateFile(ref));
}
