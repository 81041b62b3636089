import './readout.css';
import { useId, useState } from 'react';
import { versionLabel } from '../../../model/history';
import { errorMessage } from '../../api/ApiError';
import type { ReadoutResult } from '../../api/readoutApi';
import { downloadBlob } from '../../export/exportMap';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import { useEditor, useSession } from '../EditorContext';
import { readoutFileName } from './readoutFileName';
import { readoutPdf } from './readoutPdf';
import { formatClock, SECTION_ORDER, windowText } from './readoutSections';
import { ReadoutSectionView } from './ReadoutSectionView';
import { useReadout, useVersionChoices } from './useReadout';

/**
 * The workshop readout: what changed from a version (by default the session's start) to now,
 * computed exactly by the server, shown section by section, and saved as the server's Markdown or
 * as a PDF with the map as it is now. Anyone who can view the map may open it.
 */
export function ReadoutDialog({ onClose }: { onClose: () => void }) {
  const { mapId, token } = useSession();
  const [from, setFrom] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const versions = useVersionChoices(mapId, token);
  const state = useReadout(mapId, token, from, reload);
  const fromId = useId();
  const ready = state.status === 'ready' ? state.value : null;

  return (
    <Dialog
      title="Workshop readout"
      description={ready ? windowText(ready.readout, formatClock) : 'What changed in this session, exactly.'}
      onClose={onClose}
      className="readout-dialog"
      footer={
        <>
          {ready && <Downloads result={ready} />}
          <button type="button" className="btn" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <div className="readout-controls">
        <label className="readout-from-label" htmlFor={fromId}>
          From
        </label>
        <select
          id={fromId}
          className="input readout-from"
          value={from ?? ''}
          onChange={(e) => setFrom(e.target.value || null)}
        >
          <option value="">The start of the latest session</option>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {versionLabel(v, 'list')}
            </option>
          ))}
        </select>
        <span className="readout-to">to now</span>
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => setReload((n) => n + 1)}>
          Refresh
        </button>
      </div>
      {state.status === 'loading' && <p className="readout-status">Working out what changed…</p>}
      {state.status === 'error' && (
        <p className="ui-dialog-error" role="alert">
          {state.message}
        </p>
      )}
      {ready && (
        <div className="readout-body" data-testid="readout">
          <div className="readout-tiles" aria-label="Cards and notes">
            <Tile label="added" value={ready.readout.counts.added} />
            <Tile label="changed" value={ready.readout.counts.changed} />
            <Tile label="removed" value={ready.readout.counts.removed} />
          </div>
          {SECTION_ORDER.map((id) => (
            <ReadoutSectionView key={id} id={id} readout={ready.readout} />
          ))}
        </div>
      )}
    </Dialog>
  );
}

function Tile({ label, value }: { label: string; value: number }) {
  return (
    <div className="readout-tile" data-testid={`readout-count-${label}`}>
      <span className="readout-tile-value">{value}</span>
      <span className="readout-tile-label">cards and notes {label}</span>
    </div>
  );
}

/** The Markdown is the server's text as is; the PDF is drawn here with the map as it is now. */
function Downloads({ result }: { result: ReadoutResult }) {
  const map = useEditor((s) => s.map);
  const [busy, setBusy] = useState(false);
  const title = result.readout.title || map?.info.title || '';

  const saveMarkdown = () =>
    downloadBlob({
      blob: new Blob([result.markdown], { type: 'text/markdown;charset=utf-8' }),
      fileName: readoutFileName(title, 'md'),
    });

  const savePdf = async () => {
    if (!map) return;
    setBusy(true);
    try {
      const now = new Date();
      const blob = await readoutPdf(result.readout, map, formatClock, now);
      downloadBlob({ blob, fileName: readoutFileName(title, 'pdf', now) });
    } catch (err) {
      showToast(`Could not write the PDF: ${errorMessage(err)}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="readout-downloads">
      <button type="button" className="btn" onClick={saveMarkdown}>
        Download Markdown
      </button>
      <button type="button" className="btn" disabled={busy || !map} onClick={() => void savePdf()}>
        {busy ? 'Writing PDF…' : 'Download PDF'}
      </button>
    </span>
  );
}
