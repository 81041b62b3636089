import { describe, expect, it } from 'vitest';
import { cleanMap, stageNamed, templateDoc } from '../testing/testMaps';
import { buildClip, clipText } from './buildClip';
import { CLIP_LIMITS, looksLikeClip, parseClip, type ClipTouchpoint } from './journeyClip';
import { pastedLines } from './linesClip';

const card = (
  ref: string,
  extra: Record<string, unknown> = {},
): ClipTouchpoint & Record<string, unknown> => ({
  ref,
  title: `Card ${ref}`,
  channel: 'web',
  owner: '',
  description: '',
  emotion: 0,
  hub: 'auto',
  ...extra,
});
const envelope = (body: Record<string, unknown>) =>
  JSON.stringify({ format: 'journey-clip', version: 1, touchpoints: [], notes: [], routes: [], ...body });

function sampleClip() {
  const map = cleanMap(templateDoc('sample'));
  const stage = stageNamed(map, 'Contact support').id;
  const built = buildClip(map, {
    touchpoints: map.touchpoints.filter((t) => t.stageId === stage).map((t) => t.id),
    notes: map.notes.filter((n) => n.stageId === stage).map((n) => n.id),
  });
  if (!built.ok) throw new Error(built.error);
  return built;
}

describe('buildClip', () => {
  it('reads back as the same clip, with routes between picked cards only, and renders one line per card', () => {
    const built = sampleClip();
    expect(parseClip(built.json)).toEqual({ ok: true, clip: built.clip });
    expect(
      built.clip.touchpoints.map((t) => [t.title, t.channel, t.owner, t.stage?.name, t.lane?.kind]),
    ).toEqual([
      ['IVR menu', 'ivr', 'Contact center', 'Contact support', 'touchpoints'],
      ['Agent call', 'phone', 'Contact center', 'Contact support', 'touchpoints'],
      ['Chat with bot', 'chat', 'Contact center', 'Contact support', 'touchpoints'],
    ]);
    // Router app restart → Chat with bot and Agent call → Appointment SMS leave the stage: not copied.
    expect(built.clip.routes).toHaveLength(2);
    expect(built.text).toBe('IVR menu\nAgent call\nChat with bot\nIVR has no outage option');
    expect(pastedLines(clipText(built.clip))).toHaveLength(4);
  });

  it('says why when there is nothing to copy', () => {
    const map = cleanMap(templateDoc('sample'));
    expect(buildClip(map, { touchpoints: ['tp_gone'], notes: [] })).toEqual({
      ok: false,
      error: 'Select cards or notes to copy.',
    });
  });
});

describe('parseClip', () => {
  it('accepts a minimal clip and drops fields it does not know', () => {
    const read = parseClip(envelope({ touchpoints: [card('a', { id: 'tp_x', locked: true, order: 'a0' })] }));
    expect(read).toEqual({
      ok: true,
      clip: { format: 'journey-clip', version: 1, touchpoints: [card('a')], notes: [], routes: [] },
    });
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format":"journey-clip", oops', /not valid JSON/],
    ['an array', '["journey-clip"]', /not a JSON object/],
    ['another format', JSON.stringify({ format: 'journey-map', version: 1 }), /format is not "journey-clip"/],
    ['a newer version', envelope({ version: 2 }), /newer Journey \(clip version 2\)/],
    ['an empty clip', envelope({}), /holds no cards or notes/],
    [
      'a bad field',
      envelope({ touchpoints: [card('a', { emotion: 5 })] }),
      /touchpoints\[0\]\.emotion: Too big/,
    ],
    [
      'a title over 200 characters',
      envelope({ touchpoints: [card('a', { title: 'x'.repeat(201) })] }),
      /touchpoints\[0\]\.title/,
    ],
    [
      'an unknown channel',
      envelope({ touchpoints: [card('a', { channel: 'telepathy' })] }),
      /touchpoints\[0\]\.channel: unknown value\.$/,
    ],
    ['a missing list', JSON.stringify({ format: 'journey-clip', version: 1, touchpoints: [] }), /notes/],
    ['two cards with one ref', envelope({ touchpoints: [card('a'), card('a')] }), /share the ref "a"/],
    [
      'a route to a card not in the clip',
      envelope({ touchpoints: [card('a')], routes: [{ from: 'a', to: 'b' }] }),
      /route names a card/,
    ],
    [
      'a route to itself',
      envelope({ touchpoints: [card('a')], routes: [{ from: 'a', to: 'a' }] }),
      /to itself/,
    ],
    [
      'a note tied to a card not in the clip',
      envelope({ notes: [{ kind: 'painPoint', text: 'x', touchpointRef: 'b' }] }),
      /note names a card/,
    ],
    [
      `more than ${CLIP_LIMITS.touchpoints} cards`,
      envelope({ touchpoints: Array.from({ length: CLIP_LIMITS.touchpoints + 1 }, (_, i) => card(`c${i}`)) }),
      /touchpoints: Too big/,
    ],
    [
      'more text than a paste may hold',
      envelope({ touchpoints: [card('a', { description: 'x'.repeat(CLIP_LIMITS.chars) })] }),
      /too big to paste at once/,
    ],
    [
      'arrays nested 100,000 deep',
      envelope({ touchpoints: 'DEEP' }).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
      /touchpoints\[0\]: Invalid input/,
    ],
  ];
  for (const [what, text, message] of refusals) {
    it(`refuses ${what} with a message`, () => {
      const read = parseClip(text);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.error).toMatch(/^The clipboard's cards could not be pasted: /);
        expect(read.error).toMatch(message);
      }
    });
  }

  it('never lets a __proto__ key reach a prototype', () => {
    const text = envelope({ touchpoints: [card('a')] }).replace(
      '"ref":"a"',
      '"__proto__":{"polluted":"yes"},"ref":"a"',
    );
    const read = parseClip(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(Object.getPrototypeOf(read.clip.touchpoints[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('tells a clip from other text', () => {
    expect(looksLikeClip(sampleClip().json)).toBe(true);
    expect(looksLikeClip('{ "format": "journey-clip" ')).toBe(true);
    expect(looksLikeClip('Phone insurer\nAgent call')).toBe(false);
    expect(looksLikeClip('{"format":"journey-map"}')).toBe(false);
  });
});
