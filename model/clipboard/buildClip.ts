import type { JourneyMap } from '../journeyMap';
import {
  CLIP_FORMAT,
  CLIP_LIMITS,
  CLIP_VERSION,
  type ClipNote,
  type ClipTouchpoint,
  type JourneyClip,
} from './journeyClip';

/** What a person picked to copy: card and note ids (unknown ones are skipped). */
export interface ClipPicks {
  readonly touchpoints: readonly string[];
  readonly notes: readonly string[];
}

export type BuiltClip =
  | { readonly ok: true; readonly clip: JourneyClip; readonly json: string; readonly text: string }
  | { readonly ok: false; readonly error: string };

/**
 * The clip of the picked cards and notes, from a validated snapshot, in map order: every field a
 * person edits, where each stood (stage and lane, as hints for the paste), the routes between picked
 * cards, and a note's tie to a picked card. Not copied: ids, order keys and facilitator locks.
 * Returns the clip with its two clipboard renderings: the JSON envelope and readable text.
 */
export function buildClip(map: JourneyMap, picks: ClipPicks): BuiltClip {
  const pickedCards = new Set(picks.touchpoints);
  const pickedNotes = new Set(picks.notes);
  const stages = new Map(map.stages.map((s) => [s.id, { id: s.id, name: s.name }]));
  const lanes = new Map(map.lanes.map((l) => [l.id, { id: l.id, kind: l.kind, label: l.label }]));

  const touchpoints: ClipTouchpoint[] = map.touchpoints
    .filter((t) => pickedCards.has(t.id))
    .map((t) => ({
      ref: t.id,
      title: t.title,
      channel: t.channel,
      owner: t.owner,
      description: t.description,
      // The stored guess, not the CSAT/NPS-derived score (as the map file does): the copy derives its own.
      emotion: t.manualEmotion ?? t.emotion,
      hub: t.hub,
      voc: t.voc,
      emotionSource: t.emotionSource,
      stage: stages.get(t.stageId),
      lane: lanes.get(t.laneId),
    }));
  const refs = new Set(touchpoints.map((t) => t.ref));
  const notes: ClipNote[] = map.notes
    .filter((n) => pickedNotes.has(n.id))
    .map((n) => ({
      kind: n.kind,
      text: n.text,
      cxArea: n.cxArea,
      whys: n.whys,
      owner: n.owner,
      stage: stages.get(n.stageId),
      touchpointRef: n.touchpointId !== undefined && refs.has(n.touchpointId) ? n.touchpointId : undefined,
    }));
  const routes = map.connections
    .filter((c) => refs.has(c.from) && refs.has(c.to))
    .map((c) => ({ from: c.from, to: c.to, label: c.label, volume: c.volume }));

  if (touchpoints.length + notes.length === 0) return { ok: false, error: 'Select cards or notes to copy.' };
  if (
    touchpoints.length > CLIP_LIMITS.touchpoints ||
    notes.length > CLIP_LIMITS.notes ||
    routes.length > CLIP_LIMITS.routes
  )
    return {
      ok: false,
      error: `Copy at most ${CLIP_LIMITS.touchpoints} cards and ${CLIP_LIMITS.notes} notes at once.`,
    };
  const clip: JourneyClip = { format: CLIP_FORMAT, version: CLIP_VERSION, touchpoints, notes, routes };
  const json = JSON.stringify(clip);
  // The paste would refuse it (parseClip): say so now, while the person still knows what they picked.
  if (json.length > CLIP_LIMITS.chars)
    return { ok: false, error: 'That is too much to copy at once: copy fewer cards.' };
  return { ok: true, clip, json, text: clipText(clip) };
}

/**
 * The clip as readable text, one card or note per line (titles, then notes), so pasting it into a
 * document or a chat gives a list, and pasting that list back into a cell gives the same cards.
 */
export function clipText(clip: JourneyClip): string {
  const line = (s: string) => s.replace(/\s+/g, ' ').trim();
  return [...clip.touchpoints.map((t) => line(t.title)), ...clip.notes.map((n) => line(n.text))].join('\n');
}
