import { useState } from 'react';
import type { JourneyMap } from '../../model';
import { exportFileName, isoDay, mapExportSize } from '../../model/export';
import { Dialog } from '../ui/Dialog';
import { ChoiceGroup } from './ChoiceGroup';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { downloadBlob, exportMap, type ExportOptions } from './exportMap';
import { pngScale } from './pngScale';
import { useExportJob } from './useExportJob';
import './export.css';

const FORMAT_OPTIONS = [
  { value: 'png', label: 'PNG', hint: 'An image for slides and documents' },
  { value: 'svg', label: 'SVG', hint: 'Vector, editable in design tools' },
  { value: 'pdf', label: 'PDF', hint: 'One page, vector, for reports and print' },
  { value: 'json', label: 'JSON', hint: 'The whole map, to back up or import elsewhere' },
  { value: 'csv', label: 'CSV', hint: 'Touchpoints for spreadsheets' },
] as const;
const SCALE_OPTIONS = [
  { value: 1, label: '1×' },
  { value: 2, label: '2×' },
  { value: 3, label: '3×' },
] as const;
const BACKGROUND_OPTIONS = [
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
] as const;
const PAGE_OPTIONS = [
  { value: 'map', label: 'Fit to map' },
  { value: 'a4', label: 'A4 landscape' },
  { value: 'letter', label: 'Letter landscape' },
] as const;

const ABOUT: Record<'json' | 'csv', string> = {
  json: 'The whole map (header, stages, lanes, touchpoints, connections, notes) as a Journey map file: a backup, or a way to move the map to another Journey server. Import it from the maps page.',
  csv: 'One row per touchpoint: stage, lane, title, channel, owner, emotion, hub, NPS and CSAT, for spreadsheets.',
};

/** Export the whole map: pick a format and its options, see a preview, download. */
export function ExportDialog({ map, onClose }: { map: JourneyMap; onClose: () => void }) {
  const [options, setOptions] = useState<ExportOptions>({
    format: 'png',
    scale: 2,
    background: 'white',
    pdfPage: 'map',
  });
  // One instant for the whole dialog: the file name, the date in the header and the size agree.
  const [now] = useState(() => new Date());
  const { job, run, cancel } = useExportJob();
  const running = job.status === 'running';
  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const fileName = exportFileName(map.info.title, options.format, now);

  function download() {
    void run(async (signal, onProgress) =>
      downloadBlob(await exportMap(map, options, signal, onProgress, now)),
    );
  }

  function close() {
    cancel();
    onClose();
  }

  const image = options.format === 'png' || options.format === 'svg' || options.format === 'pdf';
  return (
    <Dialog
      title="Export map"
      description="The whole map, not just what is on screen, ready for decks and reports."
      onClose={close}
      className="export-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={close}>
            {running ? 'Cancel' : 'Close'}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={download}
            disabled={running}
            data-autofocus
          >
            {running ? 'Exporting…' : 'Download'}
          </button>
        </>
      }
    >
      <ChoiceGroup
        label="Format"
        value={options.format}
        options={FORMAT_OPTIONS}
        onChange={(format) => set({ format })}
        disabled={running}
      />
      {options.format === 'png' && (
        <div className="export-row">
          <ChoiceGroup
            label="Scale"
            value={options.scale}
            options={SCALE_OPTIONS}
            onChange={(scale) => set({ scale })}
            disabled={running}
          />
        </div>
      )}
      {(options.format === 'png' || options.format === 'svg') && (
        <ChoiceGroup
          label="Background"
          value={options.background}
          options={BACKGROUND_OPTIONS}
          onChange={(background) => set({ background })}
          disabled={running}
        />
      )}
      {options.format === 'pdf' && (
        <ChoiceGroup
          label="Page"
          value={options.pdfPage}
          options={PAGE_OPTIONS}
          onChange={(pdfPage) => set({ pdfPage })}
          disabled={running}
        />
      )}
      {image ? (
        <ExportPreview
          map={map}
          background={options.format === 'pdf' ? 'white' : options.background}
          date={isoDay(now)}
        />
      ) : (
        <p className="export-about">{ABOUT[options.format]}</p>
      )}
      <p className="export-file" data-testid="export-file">
        <span className="export-file-name">{fileName}</span>
        <SizeNote map={map} options={options} date={isoDay(now)} />
      </p>
      {running && job.slow && <ExportProgress fraction={job.fraction} label={job.label} onCancel={cancel} />}
      {job.status === 'error' && (
        <p className="ui-dialog-error" role="alert">
          Export failed: {job.message}
        </p>
      )}
    </Dialog>
  );
}

/** The output's size, and why a PNG came out smaller than asked when the map is huge. */
function SizeNote({ map, options, date }: { map: JourneyMap; options: ExportOptions; date: string }) {
  const size = mapExportSize(map, date);
  const n = (v: number) => v.toLocaleString('en-US');
  if (options.format === 'png') {
    const s = pngScale(size.width, size.height, options.scale);
    return (
      <>
        <span data-testid="export-size">
          {n(s.width)} × {n(s.height)} px
        </span>
        {s.clamped && (
          <span className="export-warning" role="note">
            This map is too large for a {options.scale}× image; it is exported at {s.scale}×. SVG and PDF keep
            full detail.
          </span>
        )}
      </>
    );
  }
  if (options.format === 'svg')
    return (
      <span data-testid="export-size">
        {n(size.width)} × {n(size.height)} px, vector
      </span>
    );
  if (options.format === 'pdf') return <span data-testid="export-size">One page, vector</span>;
  if (options.format === 'csv') return <span>{map.touchpoints.length} touchpoints</span>;
  return (
    <span>
      {map.stages.length} stages · {map.touchpoints.length} touchpoints · {map.notes.length} notes
    </span>
  );
}
