import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as Y from 'yjs';
import { addTouchpoint, CHANNELS, initMapDoc, readMap, setMapInfo, type JourneyMap } from '../../../model';

/** The strings the multi-script tests and the bench put on cards (one per script, plus emoji). */
export const SCRIPT_SAMPLES = [
  'Zgłoszenie awarii',
  'Заявка на ремонт',
  'Ζημιά στο δίκτυο',
  'طلب الإصلاح',
  'בקשת תיקון',
  '网络故障报修',
  'Call ☎️ support 🙂',
] as const;

/** A map with `cards` touchpoints titled in turn with SCRIPT_SAMPLES (numbered past the first round). */
export function multiScriptMap(cards: number, title = 'Zgłoszenie — Заявка — 网络'): JourneyMap {
  const doc = new Y.Doc();
  initMapDoc(doc, 'blank');
  setMapInfo(doc, { title });
  const base = readMap(doc).map;
  const lanes = base.lanes.filter((l) => l.kind === 'touchpoints' || l.kind === 'backstage');
  for (let i = 0; i < cards; i++) {
    const sample = SCRIPT_SAMPLES[i % SCRIPT_SAMPLES.length]!;
    addTouchpoint(doc, {
      stageId: base.stages[i % base.stages.length]!.id,
      laneId: lanes[i % lanes.length]!.id,
      title: i < SCRIPT_SAMPLES.length ? sample : `${sample} ${i}`,
      channel: CHANNELS[i % CHANNELS.length],
      owner: i % 3 === 0 ? 'Служба поддержки' : 'Contact center',
      emotion: (i % 5) - 2,
    });
  }
  return readMap(doc).map;
}

export interface PdfPageRead {
  /** The page's text items as pdf.js extracts them (RTL items in logical order), joined with spaces. */
  readonly text: string;
  readonly items: readonly {
    readonly str: string;
    readonly x: number;
    readonly y: number;
    readonly width: number;
  }[];
  readonly width: number;
  readonly height: number;
}

/** Opens a PDF with pdf.js (what Firefox and many viewers use) and reads each page's text and size. */
export async function readPdf(bytes: Uint8Array): Promise<{ pages: PdfPageRead[]; title: string }> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: PdfPageRead[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    const items = content.items.flatMap((it) =>
      'str' in it && it.str.trim()
        ? [{ str: it.str, x: it.transform[4] as number, y: it.transform[5] as number, width: it.width }]
        : [],
    );
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pages.push({ text: items.map((it) => it.str).join(' '), items, width: x1 - x0, height: y1 - y0 });
  }
  const info = (await doc.getMetadata()).info as { Title?: string };
  await doc.destroy();
  return { pages, title: info.Title ?? '' };
}

/** Whitespace folded, for comparing what pdf.js cut into items with the strings we wrote. */
export const squash = (s: string) => s.replace(/\s+/g, '');
