import { describe, expect, it } from 'vitest';
import { isHub } from '../hub';
import type { JourneyMap } from '../journeyMap';
import { CHANNEL_TRAITS } from '../records/channel';
import { CX_AREA_LABELS, NOTE_KIND_TRAITS } from '../records/note';
import { cleanMap, templateDoc } from '../testing/testMaps';
import { mapToCsv, notesToCsv, routesToCsv } from './mapCsv';

/** RFC 4180 read back independently of the writer: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(csv: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i];
    if (quoted && ch === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted || (ch !== ',' && ch !== '\r')) {
      field += ch;
    } else if (ch === ',') {
      endField();
    } else {
      expect(csv[i + 1]).toBe('\n');
      endField();
      rows.push(row);
      row = [];
      i++;
    }
  }
  expect(row).toEqual([]);
  expect(field).toBe('');
  const [header = [], ...body] = rows;
  for (const r of body) expect(r).toHaveLength(header.length);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** The sample map with every optional field filled, and text that needs quoting or defusing. */
function fullMap(): JourneyMap {
  const map = cleanMap(templateDoc('sample'));
  const [first, second] = map.touchpoints;
  return {
    ...map,
    touchpoints: map.touchpoints.map((t) =>
      t.id === first?.id
        ? {
            ...t,
            description: 'Line one, "quoted"\r\nline two',
            emotionSource: 'nps' as const,
            hub: 'hub' as const,
            voc: { nps: -35, csat: 2.5, sampleSize: 1200, verbatims: ['slow, again', '=cmd()', 'ok'] },
          }
        : t.id === second?.id
          ? { ...t, title: '+1 for "this"', hub: 'notHub' as const, emotionSource: 'csat' as const }
          : t,
    ),
    notes: map.notes.map((n, i) =>
      i === 0
        ? {
            ...n,
            touchpointId: first?.id,
            owner: 'Ops, EMEA',
            whys: ['no SMS', '-budget'],
            cxArea: 'culture' as const,
          }
        : n,
    ),
    connections: map.connections.map((c, i) =>
      i === 0 ? { ...c, label: 'Escalation, level 2', volume: 4200 } : c,
    ),
  };
}

const undefuse = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, '');
/** A row with the formula guard taken off each cell (lists are compared item by item). */
const plain = (row: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(row ?? {}).map(([k, v]) => [k, undefuse(v)]));
const list = (cell: string) => (cell === '' ? [] : cell.split(' | ').map(undefuse));
const num = (value: number | undefined) => (value === undefined ? '' : String(value));

describe('mapToCsv (touchpoints)', () => {
  it('writes every field of every card, in map order, read back equal to the map', () => {
    const map = fullMap();
    const rows = parseCsv(mapToCsv(map));
    const stage = new Map(map.stages.map((s) => [s.id, s.name]));
    const lane = new Map(map.lanes.map((l) => [l.id, l.label]));
    expect(rows).toHaveLength(map.touchpoints.length);
    map.touchpoints.forEach((t, i) => {
      const row = plain(rows[i]);
      expect(row).toEqual({
        Id: t.id,
        Stage: stage.get(t.stageId),
        Lane: lane.get(t.laneId),
        Order: t.order,
        Title: t.title,
        Channel: CHANNEL_TRAITS[t.channel].label,
        Owner: t.owner,
        Emotion: String(t.emotion),
        'Emotion source': t.emotionSource ?? 'manual',
        Description: t.description,
        Hub: isHub(t) ? 'yes' : 'no',
        'Hub override': t.hub,
        NPS: num(t.voc?.nps),
        CSAT: num(t.voc?.csat),
        'Sample size': num(t.voc?.sampleSize),
        Verbatims: row.Verbatims,
      });
      expect(list(rows[i]?.Verbatims ?? '')).toEqual(t.voc?.verbatims ?? []);
    });
  });

  it('keeps CRLF line ends, quotes what needs it, and defuses formulas but not numbers', () => {
    const csv = mapToCsv(fullMap());
    const [header, first] = csv.split('\r\n');
    expect(header).toBe(
      'Id,Stage,Lane,Order,Title,Channel,Owner,Emotion,Emotion source,Description,Hub,Hub override,NPS,CSAT,Sample size,Verbatims',
    );
    expect(first).toContain(`,nps,"Line one, ""quoted""`);
    expect(csv).toContain(`line two",yes,hub,-35,2.5,1200,"slow, again | '=cmd() | ok"\r\n`);
    expect(csv).toContain(`,"'+1 for ""this""",`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('notesToCsv', () => {
  it('writes every note with its stage, card, owner, CX area and whys', () => {
    const map = fullMap();
    const rows = parseCsv(notesToCsv(map));
    const stage = new Map(map.stages.map((s) => [s.id, s.name]));
    const card = new Map(map.touchpoints.map((t) => [t.id, t.title]));
    expect(rows).toHaveLength(map.notes.length);
    map.notes.forEach((n, i) => {
      expect({ ...plain(rows[i]), Whys: list(rows[i]?.Whys ?? '') }).toEqual({
        Id: n.id,
        Kind: NOTE_KIND_TRAITS[n.kind].label,
        Stage: stage.get(n.stageId),
        Card: n.touchpointId ? card.get(n.touchpointId) : '',
        'Card id': n.touchpointId ?? '',
        Text: n.text,
        Owner: n.owner ?? '',
        'CX area': n.cxArea ? CX_AREA_LABELS[n.cxArea] : '',
        Whys: n.whys ?? [],
      });
    });
    expect(rows[0]?.Whys).toBe("no SMS | '-budget");
  });
});

describe('routesToCsv', () => {
  it('writes every route with its cards, reason and volume', () => {
    const map = fullMap();
    const rows = parseCsv(routesToCsv(map));
    const card = new Map(map.touchpoints.map((t) => [t.id, t.title]));
    expect(rows).toHaveLength(map.connections.length);
    map.connections.forEach((c, i) => {
      expect(plain(rows[i])).toEqual({
        From: card.get(c.from),
        To: card.get(c.to),
        Reason: c.label ?? '',
        'Volume per month': num(c.volume),
        'From id': c.from,
        'To id': c.to,
      });
    });
    expect(rows[0]).toMatchObject({ Reason: 'Escalation, level 2', 'Volume per month': '4200' });
  });
});
