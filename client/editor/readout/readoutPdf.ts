import type { jsPDF as JsPdf } from 'jspdf';
import type { JourneyMap } from '../../../model';
import { isoDay, mapExportSize, renderMapSvg } from '../../../model/export';
import type { Readout } from '../../../model/history';
import { pdfText } from './pdfText';
import {
  READOUT_SECTIONS,
  SECTION_ORDER,
  summaryText,
  windowText,
  type ReadoutLine,
  type TimeFormat,
} from './readoutSections';

/** PDF points per CSS pixel (72 pt per inch, 96 px per inch). */
const PT_PER_PX = 0.75;
const MARGIN = 48;
const BODY = 10.5;
const LEADING = 1.45;
const INDENT: Record<ReadoutLine['level'], number> = { [-1]: 0, 0: 10, 1: 26 };
const INK = { text: '#0f172a', muted: '#64748b', accent: '#4338ca', rule: '#e2e8f0' } as const;

/**
 * The readout as a PDF, written with the same tools as the map export (jsPDF + svg2pdf, loaded
 * only when asked): a cover page (title, window, the counts), the map as it is now on an A4
 * landscape page (vector, from `renderMapSvg`, like the PDF export), then every section of
 * READOUT_SECTIONS in text. Text is real PDF text (selectable, searchable) in the standard
 * Helvetica, so `pdfText` folds what it cannot encode.
 */
export async function readoutPdf(
  readout: Readout,
  map: JourneyMap,
  time: TimeFormat,
  now: Date,
): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const pdf = new jsPDF({ unit: 'pt', format: 'a4', orientation: 'portrait', compress: true });
  const title = readout.title.trim() || map.info.title.trim() || 'Journey map';
  pdf.setProperties({ title: pdfText(`${title} - workshop readout`), creator: 'Journey' });

  coverPage(pdf, readout, title, time, now);

  pdf.addPage('a4', 'landscape');
  const date = isoDay(now);
  const size = mapExportSize(map, date);
  const [pageW, pageH] = [pdf.internal.pageSize.getWidth(), pdf.internal.pageSize.getHeight()];
  const mapW = size.width * PT_PER_PX;
  const mapH = size.height * PT_PER_PX;
  const scale = Math.min((pageW - 2 * MARGIN) / mapW, (pageH - 2 * MARGIN) / mapH);
  const element = new DOMParser().parseFromString(
    renderMapSvg(map, { background: 'white', date }),
    'image/svg+xml',
  ).documentElement;
  await svg2pdf(element, pdf, {
    x: (pageW - mapW * scale) / 2,
    y: (pageH - mapH * scale) / 2,
    width: mapW * scale,
    height: mapH * scale,
  });

  pdf.addPage('a4', 'portrait');
  sectionPages(pdf, readout, time);
  return pdf.output('blob');
}

function coverPage(pdf: JsPdf, readout: Readout, title: string, time: TimeFormat, now: Date): void {
  const width = pdf.internal.pageSize.getWidth() - 2 * MARGIN;
  let y = MARGIN + 8;
  pdf.setFont('helvetica', 'normal').setFontSize(11).setTextColor(INK.accent);
  pdf.text('WORKSHOP READOUT', MARGIN, y);
  y += 30;
  pdf.setFont('helvetica', 'bold').setFontSize(24).setTextColor(INK.text);
  const titleLines = pdf.splitTextToSize(pdfText(title), width) as string[];
  pdf.text(titleLines, MARGIN, y);
  y += titleLines.length * 24 * 1.2 + 8;
  pdf.setFont('helvetica', 'normal').setFontSize(11).setTextColor(INK.muted);
  pdf.text(pdfText(windowText(readout, time)), MARGIN, y);
  y += 16;
  pdf.text(pdfText(`Written ${now.toLocaleString()}`), MARGIN, y);
  y += 40;

  const tiles: Array<[string, number]> = [
    ['added', readout.counts.added],
    ['changed', readout.counts.changed],
    ['removed', readout.counts.removed],
  ];
  const tileW = width / 3;
  tiles.forEach(([label, value], i) => {
    const x = MARGIN + i * tileW;
    pdf.setFont('helvetica', 'bold').setFontSize(30).setTextColor(INK.text);
    pdf.text(String(value), x, y);
    pdf.setFont('helvetica', 'normal').setFontSize(11).setTextColor(INK.muted);
    pdf.text(`cards and notes ${label}`, x, y + 18);
  });
  y += 56;

  pdf.setDrawColor(INK.rule).line(MARGIN, y, MARGIN + width, y);
  y += 26;
  pdf.setFont('helvetica', 'bold').setFontSize(13).setTextColor(INK.text);
  pdf.text('In this readout', MARGIN, y);
  y += 20;
  pdf.setFont('helvetica', 'normal').setFontSize(BODY);
  for (const id of SECTION_ORDER) {
    const section = READOUT_SECTIONS[id];
    const count = section.count(readout);
    pdf.setTextColor(INK.text).text(section.title, MARGIN, y);
    pdf.setTextColor(INK.muted).text(count === 0 ? pdfText(section.empty) : String(count), MARGIN + 220, y);
    y += BODY * LEADING + 3;
  }
  y += 10;
  pdf.setTextColor(INK.muted).text(pdfText(summaryText(readout)), MARGIN, y);
}

/** Every section, wrapped to the page width, breaking onto new pages as the text runs. */
function sectionPages(pdf: JsPdf, readout: Readout, time: TimeFormat): void {
  const pageH = pdf.internal.pageSize.getHeight();
  const width = pdf.internal.pageSize.getWidth() - 2 * MARGIN;
  let y = MARGIN;
  const room = (needed: number) => {
    if (y + needed <= pageH - MARGIN) return;
    pdf.addPage('a4', 'portrait');
    y = MARGIN;
  };
  for (const id of SECTION_ORDER) {
    const section = READOUT_SECTIONS[id];
    const lines = section.lines(readout, time);
    room(60);
    y += 14;
    pdf.setFont('helvetica', 'bold').setFontSize(14).setTextColor(INK.text);
    pdf.text(section.title, MARGIN, y);
    y += 20;
    pdf.setFontSize(BODY);
    if (lines.length === 0) {
      pdf.setFont('helvetica', 'italic').setTextColor(INK.muted);
      pdf.text(pdfText(section.empty), MARGIN, y);
      y += BODY * LEADING;
    }
    for (const line of lines) {
      const x = MARGIN + INDENT[line.level];
      const bullet = line.level === 0 ? `${line.marker ?? '-'} ` : '';
      pdf.setFont('helvetica', line.level === -1 ? 'bold' : 'normal');
      pdf.setTextColor(line.level === 1 ? INK.muted : INK.text);
      const wrapped = pdf.splitTextToSize(
        pdfText(bullet + line.text),
        width - INDENT[line.level],
      ) as string[];
      room(wrapped.length * BODY * LEADING + (line.level === -1 ? 6 : 0));
      if (line.level === -1) y += 6;
      pdf.text(wrapped, x, y, { lineHeightFactor: LEADING });
      y += wrapped.length * BODY * LEADING;
    }
  }
}
