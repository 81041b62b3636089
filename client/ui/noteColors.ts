import type { CSSProperties } from 'react';
import { NOTE_KIND_TRAITS, type NoteKind } from '../../model';

/**
 * A note kind's colours (NOTE_KIND_TRAITS) as the CSS variables `.note-colors` reads, so the canvas
 * note, the side panel's chip and the legend's swatch all come from the one table and cannot drift.
 */
export function noteColors(kind: NoteKind): CSSProperties {
  const { fill, border } = NOTE_KIND_TRAITS[kind].colors;
  return { ['--note-fill' as string]: fill, ['--note-border' as string]: border };
}
