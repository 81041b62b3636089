import type { MapFile } from '../../export/mapExportFormat';
import { buildHomeInternet } from './homeInternet';

/**
 * A template in the gallery: content only (a map file built by `authorMap`), so creating a map from
 * it is the import path (`parseMapFile` → `writeMapFileToDoc`), and a saved server template can sit
 * beside these with the same shape.
 */
export interface GalleryTemplate {
  /** Stable: URLs and "create from template" requests name it. */
  readonly id: string;
  readonly name: string;
  /** One or two sentences for the gallery card. */
  readonly summary: string;
  readonly industry: string;
  /** A fresh map file with fresh ids; dates (metric points, due dates) are relative to `now`. */
  build(now?: Date): MapFile;
}

export const GALLERY_TEMPLATES: readonly GalleryTemplate[] = [
  {
    id: 'home-internet-support',
    name: 'Home internet: connection drops',
    summary:
      'A broadband customer loses their connection, self-diagnoses, contacts support and waits for a ' +
      'technician. Shows how network faults turn into contact-centre failure demand.',
    industry: 'Telecoms',
    build: buildHomeInternet,
  },
];
