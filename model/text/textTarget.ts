import type { JourneyMap } from '../journeyMap';
import type { MapInfo } from '../records/mapInfo';

/**
 * One collaborative text field people type into: the map's header fields, a stage's name, a
 * touchpoint's title or description, a note's text, one why of a pain point's chain, or an action's title.
 */
export type TextTarget =
  | { readonly kind: 'map'; readonly field: keyof MapInfo }
  | { readonly kind: 'stage'; readonly id: string; readonly field: 'name' }
  | {
      readonly kind: 'touchpoint';
      readonly id: string;
      readonly field: 'title' | 'description' | 'futureNote';
    }
  | { readonly kind: 'note'; readonly id: string; readonly field: 'text' }
  | { readonly kind: 'why'; readonly id: string; readonly index: number }
  | { readonly kind: 'action'; readonly id: string; readonly field: 'title' };

/** A stable name for the field: one undo burst, one "… is editing" presence tag. */
export function textTargetKey(target: TextTarget): string {
  switch (target.kind) {
    case 'map':
      return `map:${target.field}`;
    case 'why':
      return `note:${target.id}:why${target.index}`;
    case 'stage':
    case 'touchpoint':
    case 'note':
    case 'action':
      return `${target.kind}:${target.id}:${target.field}`;
  }
}

/** The field's current text in a snapshot; undefined when its record is gone. */
export function readTextTarget(map: JourneyMap, target: TextTarget): string | undefined {
  switch (target.kind) {
    case 'map':
      return map.info[target.field];
    case 'stage':
      return map.stages.find((s) => s.id === target.id)?.name;
    case 'touchpoint': {
      const tp = map.touchpoints.find((t) => t.id === target.id);
      // An optional field (the future note) not written yet reads as empty text.
      return tp && (tp[target.field] ?? '');
    }
    case 'note':
      return map.notes.find((n) => n.id === target.id)?.text;
    case 'why':
      return map.notes.find((n) => n.id === target.id)?.whys?.[target.index];
    case 'action':
      return map.actions.find((a) => a.id === target.id)?.title;
  }
}
