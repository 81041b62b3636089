import { useMemo, useState } from 'react';
import {
  guessMetricsCsvMapping,
  planMetricsCsv,
  type MetricsCsvMapping,
  type MetricsCsvPlan,
  type MetricsInputError,
} from '../../../model';
import { parseCsv, type SheetTable } from '../../../model/sheet';
import { errorMessage } from '../../api/ApiError';
import { importMetricsCsv, refusalErrors } from '../../api/metricsApi';
import { showToast } from '../../ui/toasts';
import { useEditor, useSession } from '../EditorContext';

/** Far above any survey export; stops a wrong pick (a video) from freezing the tab. */
const MAX_FILE_BYTES = 5_000_000;

interface Picked {
  readonly fileName: string;
  readonly text: string;
  readonly table: SheetTable;
}

/**
 * The metrics CSV upload's state: the picked file, its column mapping (guessed first), the plan
 * against the open map as it is now (recomputed when the map changes), and the upload. The server
 * plans the same file again and writes all of it or nothing.
 */
export function useMetricsCsvImport(onDone: () => void) {
  const { mapId, token } = useSession();
  const map = useEditor((s) => s.map);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [mapping, setMapping] = useState<MetricsCsvMapping>({ columns: {} });
  const [readError, setReadError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [serverError, setServerError] = useState<{
    message: string;
    errors: readonly MetricsInputError[];
  } | null>(null);

  const plan: MetricsCsvPlan | null = useMemo(
    () => (picked && map ? planMetricsCsv(map, picked.table, mapping) : null),
    [picked, map, mapping],
  );
  const writes = plan ? plan.points.length + plan.verbatims.length : 0;
  const canImport = plan !== null && plan.errors.length === 0 && writes > 0 && !pending;

  async function pick(file: File) {
    setServerError(null);
    setReadError(null);
    if (file.size > MAX_FILE_BYTES) {
      setReadError('The file is larger than 5 MB: split it, or push the data through the API.');
      return;
    }
    if (!/\.(csv|tsv|txt)$/i.test(file.name)) {
      setReadError('Choose a .csv file (save a spreadsheet as CSV first).');
      return;
    }
    const text = await file.text();
    const parsed = parseCsv(text, file.name);
    if (!parsed.ok) {
      setReadError(parsed.error);
      return;
    }
    setPicked({ fileName: file.name, text, table: parsed.table });
    setMapping(guessMetricsCsvMapping(parsed.table.headers));
  }

  async function upload() {
    if (!picked || !canImport) return;
    setPending(true);
    setServerError(null);
    try {
      const { written } = await importMetricsCsv(mapId, token, {
        csv: picked.text,
        fileName: picked.fileName,
        mapping: { columns: mapping.columns, ...(mapping.fixedKind ? { fixedKind: mapping.fixedKind } : {}) },
      });
      const parts = [`${written.points} ${written.points === 1 ? 'point' : 'points'}`];
      if (written.verbatims > 0)
        parts.push(`${written.verbatims} ${written.verbatims === 1 ? 'verbatim' : 'verbatims'}`);
      showToast(`Imported ${parts.join(' and ')} from ${picked.fileName}`, 'success');
      onDone();
    } catch (err) {
      setServerError({ message: errorMessage(err), errors: refusalErrors(err) });
      setPending(false);
    }
  }

  return {
    picked,
    mapping,
    setMapping,
    readError,
    pending,
    serverError,
    plan,
    map,
    writes,
    canImport,
    pick,
    upload,
    /** Back to choosing a file. */
    reset: () => {
      setPicked(null);
      setServerError(null);
      setReadError(null);
    },
  };
}

export type MetricsCsvImport = ReturnType<typeof useMetricsCsvImport>;
