import './history.css';
import { useState } from 'react';
import { ExportDialog } from '../../export/ExportDialog';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useEditor } from '../EditorContext';
import { PreviewBanner } from './PreviewBanner';
import { RestoredNotice } from './RestoredNotice';
import { useRestore } from './useRestore';
import { versionLabel } from '../../../model/history';
import { exportedVersion } from './versionLabels';

/**
 * History over the canvas: the preview's banner, the restore confirmation, the export of the
 * previewed version and, after a restore, its "Undo". Mounted once in the canvas area.
 */
export function HistoryBanner() {
  const preview = useEditor((s) => s.preview);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const { restore, pending, error, clearError, last, undo, dismiss } = useRestore();
  const cancel = () => {
    setConfirming(false);
    clearError();
  };
  return (
    <>
      {preview && (
        <PreviewBanner
          version={preview.version}
          onRestore={() => setConfirming(true)}
          onExport={() => setExporting(true)}
        />
      )}
      {preview && confirming && (
        <ConfirmDialog
          title="Restore this version?"
          message="Everyone connected will see the map as it was. A safety version is saved first, so you can undo this."
          confirmLabel="Restore"
          pendingLabel="Restoring…"
          tone="primary"
          pending={pending}
          error={error}
          onCancel={cancel}
          onConfirm={() => void restore(preview.version).then((done) => done && setConfirming(false))}
        />
      )}
      {preview && exporting && (
        <ExportDialog
          map={preview.map}
          version={exportedVersion(preview.version)}
          onClose={() => setExporting(false)}
        />
      )}
      {last && !preview && <RestoredNotice label={versionLabel(last.of)} onUndo={undo} onDismiss={dismiss} />}
    </>
  );
}
