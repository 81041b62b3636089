import { useDeferredValue, useMemo, useState } from 'react';
import { MAP_VARIANT_VIEWS, variantOf, type JourneyMap, type MapVariantView } from '../../model';
import {
  EXPORT_FORMAT_TRAITS,
  DEFAULT_PRINT_OPTIONS,
  EXPORT_FORMATS,
  downloadFileName,
  exportOptionsOf,
  isoDay,
  type ExportOption,
} from '../../model/export';
import { Dialog } from '../ui/Dialog';
import { CardDetailsToggles } from './CardDetailsToggles';
import { ChoiceGroup } from './ChoiceGroup';
import { ExportPreview } from './ExportPreview';
import { ExportProgress } from './ExportProgress';
import { downloadBlob, exportMap, exportSizeNote, type ExportOptions } from './exportMap';
import { PdfPrintChoices } from './PdfPrintChoices';
import { useExportJob } from './useExportJob';
import { useEditor } from '../editor/EditorContext';
import './export.css';

const FORMAT_OPTIONS = EXPORT_FORMATS.map((value) => {
  const { label, hint } = EXPORT_FORMAT_TRAITS[value];
  return { value, label, hint };
});
const SCALE_OPTIONS = [
  { value: 1, label: '1×' },
  { value: 2, label: '2×' },
  { value: 3, label: '3×' },
] as const;
const BACKGROUND_OPTIONS = [
  { value: 'white', label: 'White' },
  { value: 'transparent', label: 'Transparent' },
] as const;

const VARIANT_LABELS: Record<MapVariantView, string> = { current: 'Current', future: 'Future', both: 'Both' };
const VARIANT_OPTIONS = MAP_VARIANT_VIEWS.map((value) => ({ value, label: VARIANT_LABELS[value] }));

/** An earlier version being exported (History): its files carry its name and its date. */
export interface ExportedVersion {
  /** For people: the dialog's title. */
  readonly label: string;
  /** For the file name: "onboarding-before-workshop-2026-03-03.png". */
  readonly fileTitle: string;
  readonly takenAt: Date;
}

/**
 * Export the whole map: pick a format and its options, see a preview, download. `version`: the map
 * is a previewed version, not the live map.
 */
export function ExportDialog({
  map,
  version,
  onClose,
  initialVariant,
}: {
  map: JourneyMap;
  version?: ExportedVersion;
  onClose: () => void;
  /** The view the editor shows (model/future): the export starts from it. */
  initialVariant?: MapVariantView;
}) {
  // Issue 21: the library, for the linked personas' curves (exports take it as input).
  const personas = useEditor((s) => s.personas);
  const [options, setOptions] = useState<ExportOptions>({
    format: 'png',
    scale: 2,
    background: 'white',
    print: DEFAULT_PRINT_OPTIONS,
    details: { descriptions: false, verbatims: false },
    variant: initialVariant ?? 'current',
  });
  // The future state (model/future): the state the file draws; PDF and data files get its cards.
  const hasFuture = map.settings.futureState;
  const shown = useMemo(() => variantOf(map, options.variant), [map, options.variant]);
  // One instant for the whole dialog: the file name, the date in the header and the size agree.
  // A version is dated when it was taken.
  const [now] = useState(() => version?.takenAt ?? new Date());
  const fileTitle = version ? `${map.info.title} ${version.fileTitle}` : map.info.title;
  const { job, run, cancel } = useExportJob();
  const running = job.status === 'running';
  const set = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  const format = EXPORT_FORMAT_TRAITS[options.format];
  const fileName = downloadFileName(fileTitle, format.extension, now);
  const offers = (option: ExportOption) => exportOptionsOf(options.format).includes(option);

  function download() {
    void run(async (signal, onProgress) =>
      downloadBlob(await exportMap(shown, { ...options, personas }, signal, onProgress, now, fileTitle)),
    );
  }

  function close() {
    cancel();
    onClose();
  }

  return (
    <Dialog
      title={version ? `Export “${version.label}”` : 'Export map'}
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
      {hasFuture && (
        <ChoiceGroup
          label="State"
          value={options.variant}
          options={VARIANT_OPTIONS}
          onChange={(variant) => set({ variant })}
          disabled={running}
        />
      )}
      {offers('scale') && (
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
      {offers('background') && (
        <ChoiceGroup
          label="Background"
          value={options.background}
          options={BACKGROUND_OPTIONS}
          onChange={(background) => set({ background })}
          disabled={running}
        />
      )}
      {offers('page') && (
        <PdfPrintChoices
          value={options.print}
          onChange={(print) => set({ print })}
          details={options.details}
          onDetailsChange={(details) => set({ details })}
          disabled={running}
        />
      )}
      {offers('details') && (
        <CardDetailsToggles
          value={options.details}
          onChange={(details) => set({ details })}
          disabled={running}
        />
      )}
      {format.kind === 'picture' ? (
        <ExportPreview
          map={shown}
          variant={options.variant}
          background={offers('background') ? options.background : 'white'}
          date={isoDay(now)}
          details={options.details}
          personas={personas}
        />
      ) : (
        <p className="export-about">{format.about}</p>
      )}
      <p className="export-file" data-testid="export-file">
        <span className="export-file-name">{fileName}</span>
        <SizeNote map={shown} options={{ ...options, personas }} date={isoDay(now)} />
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
  // Counting a big map's PDF pages lays them all out: the choice shows at once, the count after.
  const deferred = useDeferredValue(options);
  const note = exportSizeNote(map, deferred, date);
  if (!note.picture) return <span>{note.text}</span>;
  return (
    <>
      <span data-testid="export-size">{note.text}</span>
      {note.warning && (
        <span className="export-warning" role="note">
          {note.warning}
        </span>
      )}
    </>
  );
}
