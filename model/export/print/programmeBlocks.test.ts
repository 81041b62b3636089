import { describe, expect, it } from 'vitest';
import { addAction, updateAction } from '../../commands/actions';
import { setConnectionDetails } from '../../commands/connections';
import { setMapSettings } from '../../commands/mapSettings';
import { applyMetricsPlan } from '../../commands/metrics';
import { addNote, updateNote } from '../../commands/notes';
import { setEmotionSource } from '../../commands/touchpoints';
import type { JourneyMap } from '../../journeyMap';
import { planMetrics } from '../../metrics/metricsInput';
import { cleanMap, stageNamed, templateDoc, touchpointTitled } from '../../testing/testMaps';
import { renderMapSvg } from '../svg/renderMapSvg';
import { DEFAULT_PRINT_OPTIONS, type PrintOptions } from './printOptions';
import { pageText, printedTexts } from './printTestKit';
import { renderPrintPages } from './renderPrintPages';

const NOW = Date.parse('2026-06-15T12:00:00Z');

/**
 * The sample map with its routes into Agent call measured and tagged: IVR 2,400 failure, Status page
 * 1,800 failure, Chat with bot 900 value (and Router app → Chat 600 failure), €5 a contact.
 * Agent call: 5,100/mo, failure 4,200 = 82%, €25,500. Chat: 600/mo, 100% failure, €3,000.
 * Causes: IVR menu 2,400 (€12,000), Status page 1,800 (€9,000), Router app restart 600 (€3,000).
 * Actions on the Status page's pain point: one overdue (doing, due 2026-05-01), one done.
 * Agent call's emotion comes from a CSAT point dated 2026-01-02 (164 days before 2026-06-15).
 */
function programmeMap(): JourneyMap {
  const doc = templateDoc('sample');
  const map = cleanMap(doc);
  const id = (t: string) => touchpointTitled(map, t).id;
  const route = (from: string, to: string) =>
    map.connections.find((c) => c.from === id(from) && c.to === id(to))!.id;
  setConnectionDetails(doc, route('IVR menu', 'Agent call'), { demand: 'failure', volume: 2400 });
  setConnectionDetails(doc, route('Status page', 'Agent call'), { demand: 'failure', volume: 1800 });
  setConnectionDetails(doc, route('Chat with bot', 'Agent call'), { demand: 'value', volume: 900 });
  setConnectionDetails(doc, route('Router app restart', 'Chat with bot'), { demand: 'failure', volume: 600 });
  setMapSettings(doc, { costPerContact: 5 });
  const pain = cleanMap(doc).notes.find((n) => n.text === 'Status page says all is fine')!.id;
  updateNote(doc, pain, { touchpointId: id('Status page'), whys: ['The page reads a stale feed'] });
  addAction(doc, {
    noteId: pain,
    title: 'Live outage feed',
    status: 'doing',
    owner: 'Digital',
    due: '2026-05-01',
  });
  const done = addAction(doc, { noteId: pain, title: 'Banner text', owner: 'Digital', due: '2026-04-01' });
  updateAction(doc, done, { status: 'done' });
  const opp = addNote(doc, {
    kind: 'opportunity',
    stageId: stageNamed(map, 'Resolution').id,
    text: 'Callback',
  });
  addAction(doc, { noteId: opp, title: 'Book callbacks', due: '2026-07-01' });
  applyMetricsPlan(
    doc,
    planMetrics(
      map,
      { points: [{ touchpointId: id('Agent call'), kind: 'csat', value: 2, date: '2026-01-02' }] },
      NOW,
    ),
  );
  setEmotionSource(doc, id('Agent call'), 'csat');
  return cleanMap(doc);
}

const print = (map: JourneyMap, patch: Partial<PrintOptions> = {}) =>
  renderPrintPages(map, { ...DEFAULT_PRINT_OPTIONS, date: '2026-06-15', ...patch });

describe('print summary: failure demand and actions', () => {
  it('shows each hub’s contacts, failure share and cost, the total and the top causes', () => {
    const summary = print(programmeMap())
      .filter((p) => p.kind === 'summary')
      .map((p) => pageText(p.svg))
      .join(' ');
    expect(summary).toContain('FAILURE DEMAND');
    expect(summary).toContain('Agent call — 5,100/mo · 82% failure');
    expect(summary).toContain('Failure 4,200 (€21,000) · Value 900 (€4,500)');
    expect(summary).toContain('Cost €25,500 a month');
    expect(summary).toContain('Chat with bot — 600/mo · 100% failure');
    expect(summary).toContain('All hubs — 5,700/mo · 84% failure');
    expect(summary).toContain('UPSTREAM CAUSES OF FAILURE DEMAND');
    const causes = [
      '1. IVR menu — 2,400 contacts/mo · €12,000/mo',
      '2. Status page — 1,800 contacts/mo · €9,000/mo',
      '3. Router app restart — 600 contacts/mo · €3,000/mo',
    ];
    for (const c of causes) expect(summary).toContain(c);
    expect(summary.indexOf(causes[0]!)).toBeLessThan(summary.indexOf(causes[1]!));
    expect(summary).toContain('1 pain point; why: The page reads a stale feed');
  });

  it('counts open and overdue actions on the export’s date, and lists the overdue ones', () => {
    const summary = print(programmeMap())
      .filter((p) => p.kind === 'summary')
      .map((p) => pageText(p.svg))
      .join(' ');
    expect(summary).toContain('2 open of 3 · 1 overdue on 2026-06-15');
    expect(summary).toContain('Live outage feed Doing · Owner: Digital · due 2026-05-01 · OVERDUE');
    expect(summary).not.toContain('Banner text');
    const undated = print(programmeMap(), { date: undefined })
      .filter((p) => p.kind === 'summary')
      .map((p) => pageText(p.svg))
      .join(' ');
    expect(undated).toContain('2 open of 3');
    expect(undated).not.toContain('overdue');
  });

  it('says so when no route into a hub has a volume', () => {
    const text = pageText(print(cleanMap(templateDoc('sample'))).find((p) => p.kind === 'summary')!.svg);
    expect(text).toContain('No route into a hub has a monthly volume yet.');
    expect(text).toContain('No actions on this map yet.');
  });

  it('prints every summary and appendix text at 8 pt or more', () => {
    for (const page of print(programmeMap()).filter((p) => p.kind === 'summary' || p.kind === 'appendix'))
      for (const t of printedTexts(page.svg)) expect(t.sizePt, t.text).toBeGreaterThanOrEqual(8 - 1e-6);
  });
});

describe('print appendix: actions under their notes', () => {
  it('lists each note’s actions with status, owner, due date and overdue', () => {
    const appendix = print(programmeMap())
      .filter((p) => p.kind === 'appendix')
      .map((p) => pageText(p.svg))
      .join(' ');
    expect(appendix).toContain(
      'Action: Live outage feed Doing · Owner: Digital · due 2026-05-01 · OVERDUE Action: Banner text Done · Owner: Digital · due 2026-04-01',
    );
    expect(appendix).toContain('Action: Book callbacks Idea · No owner · due 2026-07-01');
    expect(appendix).not.toContain('due 2026-04-01 · OVERDUE');
  });
});

describe('map drawing: hub figures and stale points', () => {
  const figuresOf = (svg: string) =>
    [...svg.matchAll(/data-part="hub-figures"[^>]*>([^<]*)</g)].map((m) => m[1]);

  it('shows the ledger on hub cards, in the image and on the print pages', () => {
    const map = programmeMap();
    expect(figuresOf(renderMapSvg(map))).toEqual(['5,100/mo · 82% failure', '600/mo · 100% failure']);
    const printed = print(map, { summary: false, appendix: false, cover: false })
      .map((p) => p.svg)
      .join('');
    expect(new Set(figuresOf(printed))).toEqual(new Set(['5,100/mo · 82% failure', '600/mo · 100% failure']));
    expect(figuresOf(renderMapSvg(cleanMap(templateDoc('sample'))))).toEqual([]);
  });

  it('marks a point measured from stale data hollow on the export’s date, and not without a date', () => {
    const map = programmeMap();
    const staleDots = (svg: string) => (svg.match(/data-stale="true"/g) ?? []).length;
    expect(staleDots(renderMapSvg(map, { date: '2026-06-15' }))).toBe(1);
    expect(staleDots(renderMapSvg(map, { date: '2026-04-02' }))).toBe(0); // 90 days: not stale yet
    expect(staleDots(renderMapSvg(map, { date: '2026-04-03' }))).toBe(1);
    expect(staleDots(renderMapSvg(map))).toBe(0);
    const stagePages = print(map, { summary: false, appendix: false, cover: false })
      .map((p) => p.svg)
      .join('');
    expect(staleDots(stagePages)).toBeGreaterThan(0);
  });
});
