import type { CSSProperties } from 'react';
import { NOTE_KIND_TRAITS, NOTE_KINDS, type NoteKind } from '../../model';

const STYLES = Object.fromEntries(
  NOTE_KINDS.map((kind) => {
    const { fill, border } = NOTE_KIND_TRAITS[kind].colors;
    const style: CSSProperties = { ['--note-fill' as string]: fill, ['--note-border' as string]: border };
    return [kind, style];
  }),
) as Readonly<Record<NoteKind, CSSProperties>>;

/**
 * A note kind's colours (NOTE_KIND_TRAITS) as the CSS variables `.note-colors` reads, so the canvas
 * note, the side panel's chip and the legend's swatch all come from the one table and cannot drift.
 * One object per kind, so a note's props stay the same between renders.
 */
export function noteColors(kind: NoteKind): CSSProperties {
  return STYLES[kind];
}
