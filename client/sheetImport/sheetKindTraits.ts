import type { SheetKind } from '../../model/sheet';

/** How the import dialog and its preview speak of each kind of file. */
export const SHEET_KIND_TRAITS: Record<
  SheetKind,
  {
    /** What the dialog calls the file ("Notes file"); empty for touchpoints (the default). */
    readonly fileLabel: string;
    readonly explain: string;
    /** The preview's name for a row that adds a record, and for its Title column. */
    readonly newLabel: string;
    readonly titleHeader: string;
  }
> = {
  touchpoints: { fileLabel: '', explain: '', newLabel: 'New card', titleHeader: 'Title' },
  notes: {
    fileLabel: 'Notes file',
    explain: 'Rows with an id update those pain points and opportunities; the others become new ones.',
    newLabel: 'New note',
    titleHeader: 'Text',
  },
  routes: {
    fileLabel: 'Routes file',
    explain: 'Rows name their cards by id; routes already on the map get their reason and volume.',
    newLabel: 'New route',
    titleHeader: 'Route',
  },
};
