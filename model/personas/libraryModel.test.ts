import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommandError } from '../commands/commandSupport';
import { MAX_LIBRARY_PERSONAS, PERSONA_COLORS } from '../records/persona';
import { addPersona, movePersona, removePersona, updatePersona } from './libraryCommands';
import { libraryCollection, getLibraryRecord } from './libraryDocLayout';
import { personaFromFreeText } from './personaFromFreeText';
import { readPersonaLibrary } from './readPersonaLibrary';

function names(doc: Y.Doc): string[] {
  return readPersonaLibrary(doc).personas.map((p) => p.name);
}

describe('persona library', () => {
  it('adds personas in order with colours in turn, and reads them frozen', () => {
    const doc = new Y.Doc();
    addPersona(doc, { name: 'Dana', role: 'Owner' });
    addPersona(doc, { name: 'Eli' });
    const { personas, problems } = readPersonaLibrary(doc);
    expect(problems).toEqual([]);
    expect(personas.map((p) => [p.name, p.color])).toEqual([
      ['Dana', PERSONA_COLORS[0]],
      ['Eli', PERSONA_COLORS[1]],
    ]);
    expect(Object.isFrozen(personas[0])).toBe(true);
    expect(Object.isFrozen(personas)).toBe(true);
  });

  it('stores name, role, quote as Y.Text and lists as Y.Arrays of Y.Text', () => {
    const doc = new Y.Doc();
    const id = addPersona(doc, { name: 'Dana', goals: ['Fast answers'] });
    const rec = getLibraryRecord(doc, 'personas', id)!;
    expect(rec.get('name')).toBeInstanceOf(Y.Text);
    expect(rec.get('quote')).toBeInstanceOf(Y.Text);
    expect(rec.get('goals')).toBeInstanceOf(Y.Array);
    expect((rec.get('goals') as Y.Array<Y.Text>).get(0)).toBeInstanceOf(Y.Text);
  });

  it('keeps two concurrent edits of one persona (different fields and one text)', () => {
    const a = new Y.Doc();
    const id = addPersona(a, { name: 'Dana', goals: ['One', 'Two'] });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updatePersona(a, id, { name: 'Dana Ruiz', goals: ['One!', 'Two'] });
    updatePersona(b, id, { name: 'Dr Dana', goals: ['One', 'Two?'], role: 'Owner' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [pa] = readPersonaLibrary(a).personas;
    const [pb] = readPersonaLibrary(b).personas;
    expect(pa).toEqual(pb);
    expect(pa!.name).toBe('Dr Dana Ruiz');
    expect(pa!.goals).toEqual(['One!', 'Two?']);
    expect(pa!.role).toBe('Owner');
  });

  it('updates, clears the photo, moves and removes, one transaction each', () => {
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const a = addPersona(doc, { name: 'A', photo: 'https://example.com/a.png' });
    addPersona(doc, { name: 'B' });
    const c = addPersona(doc, { name: 'C' });
    updatePersona(doc, a, { photo: undefined, initials: 'AA' });
    movePersona(doc, c, 0);
    expect(names(doc)).toEqual(['C', 'A', 'B']);
    removePersona(doc, a);
    expect(names(doc)).toEqual(['C', 'B']);
    expect(transactions).toBe(6);
    const b = readPersonaLibrary(doc).personas[1]!;
    expect(b.photo).toBeUndefined();
  });

  it('refuses bad input with nothing written', () => {
    const doc = new Y.Doc();
    const id = addPersona(doc, { name: 'Dana' });
    const before = Y.encodeStateVector(doc);
    expect(() => updatePersona(doc, id, { color: 'red' })).toThrow(CommandError);
    expect(() => updatePersona(doc, id, { photo: 'javascript:alert(1)' })).toThrow(CommandError);
    expect(() => updatePersona(doc, 'nope', { name: 'x' })).toThrow(CommandError);
    expect(() => removePersona(doc, 'nope')).toThrow(CommandError);
    expect(() => addPersona(doc, { name: 'x'.repeat(121) })).toThrow(CommandError);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('refuses a persona past the library limit', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < MAX_LIBRARY_PERSONAS; i++) addPersona(doc, { name: `P${i}` });
    expect(() => addPersona(doc, { name: 'one too many' })).toThrow(CommandError);
  });

  it('skips and reports hostile records, never throws', () => {
    const doc = new Y.Doc();
    addPersona(doc, { name: 'Good' });
    const col = libraryCollection(doc, 'personas');
    doc.transact(() => {
      col.set('text', new Y.Text('not a record') as never);
      const wrongId = new Y.Map<unknown>();
      wrongId.set('id', 'other');
      col.set('wrongId', wrongId);
      const badPhoto = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({
        id: 'badPhoto',
        name: 'x',
        role: '',
        quote: '',
        color: '#000000',
        goals: [],
        needs: [],
        frustrations: [],
        order: 'a5',
        photo: 'javascript:alert(1)',
      }))
        badPhoto.set(k, v);
      col.set('badPhoto', badPhoto);
    });
    const { personas, problems } = readPersonaLibrary(doc);
    expect(personas.map((p) => p.name)).toEqual(['Good']);
    expect(problems.map((p) => p.id).sort()).toEqual(['badPhoto', 'text', 'wrongId']);
  });

  it('keeps unchanged personas and the list identical across reads', () => {
    const doc = new Y.Doc();
    const a = addPersona(doc, { name: 'A' });
    const b = addPersona(doc, { name: 'B' });
    const first = readPersonaLibrary(doc).personas;
    expect(readPersonaLibrary(doc, first).personas).toBe(first);
    updatePersona(doc, b, { role: 'Changed' });
    const next = readPersonaLibrary(doc, first).personas;
    expect(next).not.toBe(first);
    expect(next.find((p) => p.id === a)).toBe(first[0]);
  });
});

describe('personaFromFreeText', () => {
  it('takes the name, role and quote from free text', () => {
    expect(personaFromFreeText('Dana Ruiz, small-business owner\nWants answers fast')).toMatchObject({
      name: 'Dana Ruiz',
      role: 'small-business owner',
      goals: ['Wants answers fast'],
    });
    expect(personaFromFreeText('   ').name).toBe('Persona');
    expect(personaFromFreeText('x'.repeat(1000)).name).toHaveLength(120);
  });
});
