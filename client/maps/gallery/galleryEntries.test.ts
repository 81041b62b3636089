import { describe, expect, it } from 'vitest';
import type { TemplateSummary } from '../../../model/templates/templatesApi';
import { defaultTitle, entryCaption, gallerySections } from './galleryEntries';

const gallery = (ref: string, name = ref): TemplateSummary => ({ ref, source: 'gallery', name, summary: '' });
const saved = (id: string, savedAt: string): TemplateSummary => ({
  ref: `saved:${id}`,
  source: 'saved',
  name: id,
  summary: '',
  savedAt,
});

describe('gallerySections', () => {
  it('always starts from blank and the sample, even before the list arrives', () => {
    const sections = gallerySections(null);
    expect(sections.map((s) => s.title)).toEqual(['Start from', 'Gallery', 'Saved on this server']);
    expect(sections[0]!.entries.map((e) => e.ref)).toEqual(['blank', 'sample']);
    expect(sections[1]!.entries).toEqual([]);
    expect(sections[2]!.entries).toEqual([]);
  });

  it('keeps the server’s gallery order, puts saved ones newest first and drops duplicates', () => {
    const sections = gallerySections([
      { ref: 'blank', source: 'builtin', name: 'Server blank', summary: '' },
      gallery('insurance-claim'),
      saved('old', '2026-01-01T00:00:00Z'),
      gallery('ecommerce-order-to-return'),
      saved('new', '2026-03-01T00:00:00Z'),
      gallery('insurance-claim', 'again'),
    ]);
    expect(sections[0]!.entries.map((e) => e.name)).toEqual([
      'Blank map',
      'Sample: Home internet — connection drops',
    ]);
    expect(sections[1]!.entries.map((e) => e.ref)).toEqual(['insurance-claim', 'ecommerce-order-to-return']);
    expect(sections[1]!.entries[0]!.name).toBe('insurance-claim');
    expect(sections[2]!.entries.map((e) => e.ref)).toEqual(['saved:new', 'saved:old']);
  });
});

describe('card texts', () => {
  it('names the title the server will use', () => {
    expect(defaultTitle(undefined)).toBe('Untitled journey');
    expect(defaultTitle(gallery('x', 'Insurance: storm-damage claim'))).toBe('The template’s own title');
  });

  it('captions saved templates with who saved them, others with the industry', () => {
    expect(entryCaption({ ...saved('a', ''), savedBy: 'Alice' })).toBe('Saved by Alice');
    expect(entryCaption(saved('a', ''))).toBe('Saved template');
    expect(entryCaption({ ...gallery('x'), industry: 'Retail' })).toBe('Retail');
  });
});
