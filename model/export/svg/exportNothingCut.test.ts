import { describe, expect, it } from 'vitest';
import { setMapInfo } from '../../commands/mapInfo';
import { updateNote } from '../../commands/notes';
import { renameLane } from '../../commands/lanes';
import { renameStage } from '../../commands/stages';
import { updateTouchpoint } from '../../commands/touchpoints';
import { layoutMap } from '../../layout';
import { cleanMap, laneOfKind, templateDoc, touchpointTitled } from '../../testing/testMaps';
import { exportGeometry, renderMapSvg } from './renderMapSvg';

const LONG_TITLE =
  'Customer calls the contact center a third time because the refund promised on the first call ' +
  'never arrived and the chatbot keeps sending them back to the same help article about billing cycles';
const LONG_OWNER = 'Customer Care Operations, Tier 2 Billing Escalations (EMEA) with Finance Shared Services';

/** The words of a card's text elements, in order, markup stripped. */
function cardWords(svg: string, id: string): string {
  const from = svg.indexOf(`<g data-kind="touchpoint" data-id="${id}"`);
  const next = svg.indexOf('<g data-kind="touchpoint"', from + 1);
  const card = svg.slice(from, next === -1 ? svg.indexOf('data-part="notes"') : next);
  return [...card.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
}

function wordyMap() {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const ivr = touchpointTitled(map, 'IVR menu');
  updateTouchpoint(doc, ivr.id, { title: LONG_TITLE, owner: LONG_OWNER });
  return { map: cleanMap(doc), id: ivr.id };
}

describe('nothing cut on the exported cards', () => {
  it('shows a long title and a long owner whole, wrapped, with no "…"', () => {
    const { map, id } = wordyMap();
    const svg = renderMapSvg(map);
    const lines = cardWords(svg, id);
    // Both whole and in order, over several <text> lines each.
    expect(lines).toContain(LONG_TITLE);
    expect(lines).toContain(LONG_OWNER);
    expect(svg.split(/<text[^>]*>Customer calls/).length).toBe(2);
    expect(svg).not.toContain('…');
    expect(svg).not.toContain('data-part="cut-note"');
  });

  it('grows the card’s lane, every card in it alike, and moves the lanes below down', () => {
    const { map, id } = wordyMap();
    const canvas = layoutMap(map);
    const { layout } = exportGeometry(map);
    const lane = map.touchpoints.find((t) => t.id === id)!.laneId;
    const grown = layout.cards.get(id)!.height - canvas.cards.get(id)!.height;
    expect(grown).toBeGreaterThan(40);
    for (const t of map.touchpoints.filter((t) => t.laneId === lane)) {
      expect(layout.cards.get(t.id)!.height - canvas.cards.get(t.id)!.height).toBe(grown);
    }
    const row = layout.rows.findIndex((r) => r.laneId === lane);
    for (let i = row + 1; i < layout.rows.length; i++) {
      expect(layout.rows[i]!.y).toBeGreaterThanOrEqual(layout.rows[i - 1]!.y + layout.rows[i - 1]!.height);
    }
    // Each card still inside its lane, and the page as much taller as the lane.
    for (const t of map.touchpoints) {
      const r = layout.cards.get(t.id)!;
      const laneRow = layout.rows.find((l) => l.laneId === t.laneId)!;
      expect(r.y).toBeGreaterThanOrEqual(laneRow.y);
      expect(r.y + r.height).toBeLessThanOrEqual(laneRow.y + laneRow.height);
    }
    expect(layout.height - canvas.height).toBe(layout.rows[row]!.height - canvas.rows[row]!.height);
  });

  it('keeps the sample map’s cards at their canvas size', () => {
    const map = cleanMap(templateDoc('sample'));
    expect(exportGeometry(map).layout.height).toBe(layoutMap(map).height);
  });

  it('wraps a CJK title written without spaces instead of cutting it', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const id = touchpointTitled(map, 'Agent call').id;
    const title = '客户第三次致电客服中心查询退款进度因为第一次通话承诺的退款一直没有到账';
    updateTouchpoint(doc, id, { title });
    const words = cardWords(renderMapSvg(cleanMap(doc)), id);
    expect(words.replace(/[^\u4e00-\u9fff]/g, '')).toBe(title);
  });

  it('cuts only absurd text, and then says under the map where the whole text is', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const id = touchpointTitled(map, 'Agent call').id;
    const absurd = Array.from({ length: 40 }, () => 'WWWW').join(' ');
    updateTouchpoint(doc, id, { title: absurd });
    const svg = renderMapSvg(cleanMap(doc));
    expect(cardWords(svg, id)).toContain('…');
    expect(svg).toContain(`<title>${absurd} — Contact center</title>`);
    expect(svg).toContain('the CSV exports have it whole.</text>');
  });
});

describe('nothing cut on the exported notes', () => {
  const noteWords = (svg: string, id: string) => {
    const from = svg.indexOf(`data-id="${id}"`);
    const note = svg.slice(from, svg.indexOf('</g>', from));
    return [...note.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
  };

  it('wraps a long note whole and grows its lane, a note of 2,000 characters only is cut', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const [pain, other] = map.notes.filter((n) => n.kind === 'painPoint');
    const text =
      'The status page reads a stale feed, so it says all is fine while the area is down; customers ' +
      'stop trusting it, call the contact center instead and wait twenty minutes to hear what the page should say';
    updateNote(doc, pain!.id, { text });
    const svg = renderMapSvg(cleanMap(doc));
    expect(noteWords(svg, pain!.id)).toContain(text);
    expect(svg).not.toContain('…');
    const { layout } = exportGeometry(cleanMap(doc));
    const canvas = layoutMap(cleanMap(doc));
    const grown = layout.notes.get(pain!.id)!.height - canvas.notes.get(pain!.id)!.height;
    expect(grown).toBeGreaterThan(30);
    expect(layout.notes.get(other!.id)!.height - canvas.notes.get(other!.id)!.height).toBe(grown);

    const essay = 'Customers wait. '.repeat(125).trim();
    updateNote(doc, pain!.id, { text: essay });
    const cut = renderMapSvg(cleanMap(doc));
    expect(noteWords(cut, pain!.id)).toContain('…');
    expect(cut).toContain(`<title>${essay}</title>`);
    expect(cut).toContain('data-part="cut-note"');
  });
});

describe('nothing cut in the stage headers and the page header', () => {
  const textsOf = (svg: string, attr: string) =>
    [...svg.matchAll(new RegExp(`<text[^>]*${attr}[^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]).join(' ');

  it('wraps a long stage name whole and makes the header row as tall as it needs', () => {
    const doc = templateDoc('sample');
    const map = cleanMap(doc);
    const stage = map.stages[0]!;
    const name = 'Notice the problem, restart the router twice and look for an outage on the status page';
    renameStage(doc, stage.id, name);
    const svg = renderMapSvg(cleanMap(doc));
    expect(textsOf(svg, `data-stage="${stage.id}"`)).toBe(name);
    expect(svg).not.toContain('…');
    const { layout } = exportGeometry(cleanMap(doc));
    const canvas = layoutMap(cleanMap(doc));
    const taller = layout.rows[0]!.y - canvas.rows[0]!.y;
    expect(taller).toBeGreaterThan(30);
    layout.rows.forEach((r, i) => expect(r.y - canvas.rows[i]!.y).toBe(taller));
    expect(layout.height - canvas.height).toBe(taller);
  });

  it('wraps a long lane name over the lane’s height', () => {
    const doc = templateDoc('sample');
    const lane = laneOfKind(cleanMap(doc), 'painPoints');
    const name = 'Pain points we heard in the March interviews and saw in the call logs';
    renameLane(doc, lane.id, name);
    const svg = renderMapSvg(cleanMap(doc));
    const grid = svg.slice(svg.indexOf('data-part="grid"'), svg.indexOf('data-part="emotion-curve"'));
    const lines = [...grid.matchAll(/<text x="14"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(lines).toContain(name);
    expect(svg).not.toContain('…');
  });

  it('shows the whole persona, goal and scenario in the page header', () => {
    const doc = templateDoc('sample');
    const scenario = 'The connection drops every evening around eight. '.repeat(12).trim();
    setMapInfo(doc, { scenario });
    const svg = renderMapSvg(cleanMap(doc));
    const header = svg.slice(0, svg.indexOf('data-part="grid"'));
    const lines = [...header.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(lines).toContain(scenario);
    expect(svg).not.toContain('…');
  });
});
