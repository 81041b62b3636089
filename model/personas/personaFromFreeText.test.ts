import { describe, expect, it } from 'vitest';
import { PERSONA_COLORS } from '../records/persona';
import { personaFromFreeText } from './personaFromFreeText';

describe('personaFromFreeText', () => {
  it('splits a typical free-text persona into name, role, goals, needs, frustrations and quote', () => {
    const text =
      'Dana Ruiz, small-business owner, 42. Wants her shop online the day it opens. Needs one number to call. ' +
      'Frustrated by long hold times. Works from a tablet. "I just need it to work."';
    expect(personaFromFreeText(text, [])).toEqual({
      name: 'Dana Ruiz',
      role: 'small-business owner, 42',
      color: PERSONA_COLORS[0],
      goals: ['Wants her shop online the day it opens'],
      needs: ['Needs one number to call', 'Works from a tablet'],
      frustrations: ['Frustrated by long hold times'],
      quote: 'I just need it to work.',
    });
  });

  it('takes a bare name, the first free colour, and never returns an invalid draft', () => {
    expect(personaFromFreeText('Sam', [PERSONA_COLORS[0], PERSONA_COLORS[1].toUpperCase()])).toEqual({
      name: 'Sam',
      role: '',
      color: PERSONA_COLORS[2],
      goals: [],
      needs: [],
      frustrations: [],
      quote: '',
    });
    expect(personaFromFreeText('   ', []).name).toBe('Persona');
    const long = personaFromFreeText(`${'x'.repeat(400)}, ${'y'.repeat(400)}`, [...PERSONA_COLORS]);
    expect(long.name).toHaveLength(120);
    expect(long.role).toHaveLength(200);
    expect(PERSONA_COLORS).toContain(long.color);
  });

  it('reads a role in brackets and line breaks as sentences', () => {
    const draft = personaFromFreeText(
      'Lee (retired teacher)\nHates automated menus\nHopes to pay by phone',
      [],
    );
    expect(draft).toMatchObject({
      name: 'Lee',
      role: 'retired teacher',
      goals: ['Hopes to pay by phone'],
      frustrations: ['Hates automated menus'],
    });
  });
});
