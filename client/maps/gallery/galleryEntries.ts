import type { TemplateRef, TemplateSource, TemplateSummary } from '../../../model/templates/templatesApi';

/**
 * What the new-map dialog lists, in order. Blank and the sample are known to the client (the
 * dialog works even when the templates list cannot be loaded); the gallery and saved templates come
 * from GET /api/templates.
 */
export const BUILTIN_ENTRIES: readonly TemplateSummary[] = [
  {
    ref: 'blank',
    source: 'builtin',
    name: 'Blank map',
    summary: 'Aware → Loyalty stages, all lanes, nothing else.',
  },
  {
    ref: 'sample',
    source: 'builtin',
    name: 'Sample: Home internet — connection drops',
    summary:
      'A short tour: 11 touchpoints, hubs, pain points. The Gallery’s Home internet map is the full version.',
    industry: 'Example',
  },
];

/** A section of the gallery: its heading and cards. */
export interface GallerySection {
  readonly source: TemplateSource;
  readonly title: string;
  readonly entries: readonly TemplateSummary[];
}

export const SECTION_TITLES: Record<TemplateSource, string> = {
  builtin: 'Start from',
  gallery: 'Gallery',
  saved: 'Saved on this server',
};

/**
 * The dialog's sections from the server's list (null while it loads or when it failed): built-ins
 * always first (the client's own names for them), then the gallery in the server's order, then
 * saved templates, newest first. A ref listed twice is shown once.
 */
export function gallerySections(listed: readonly TemplateSummary[] | null): GallerySection[] {
  const seen = new Set<TemplateRef>(BUILTIN_ENTRIES.map((e) => e.ref));
  const pick = (source: TemplateSource) =>
    (listed ?? []).filter((e) => {
      if (e.source !== source || seen.has(e.ref)) return false;
      seen.add(e.ref);
      return true;
    });
  const gallery = pick('gallery');
  const saved = pick('saved').sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  return [
    { source: 'builtin', title: SECTION_TITLES.builtin, entries: BUILTIN_ENTRIES },
    { source: 'gallery', title: SECTION_TITLES.gallery, entries: gallery },
    { source: 'saved', title: SECTION_TITLES.saved, entries: saved },
  ];
}

/** The placeholder for the Title field: what the server names a map made from this template. */
export function defaultTitle(entry: TemplateSummary | undefined): string {
  if (!entry || entry.ref === 'blank') return 'Untitled journey';
  if (entry.ref === 'sample') return 'Home internet: connection drops';
  return 'The template’s own title';
}

/** The card's small caption under its name: industry, or who saved it. */
export function entryCaption(entry: TemplateSummary): string | undefined {
  if (entry.source === 'saved') return entry.savedBy ? `Saved by ${entry.savedBy}` : 'Saved template';
  return entry.industry;
}
