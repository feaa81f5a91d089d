/**
 * Import: add files (drop or choose), check each one's format, match the columns of files from other
 * tools, import them with live progress, then see per-file results, rejected records and the history.
 * The work runs in a worker on the API side; this screen only shows it, so the window stays responsive.
 */
import { useEffect } from 'react';
import { ErrorAlert } from '../components/Alert';
import { PageHeader } from '../components/PageHeader';
import { DropZone } from '../import/DropZone';
import { FileQueue } from '../import/FileQueue';
import { useImportHistoryStore } from '../import/historyStore';
import { ImportHistory } from '../import/ImportHistory';
import { useImportStore } from '../import/importStore';
import { ImportRuns } from '../import/RunView';
import type { ScreenMeta } from '../routes';
import '../styles/import.css';

export function ImportScreen({ meta }: { meta: ScreenMeta }) {
  const announcement = useImportStore((s) => s.announcement);
  const addFiles = useImportStore((s) => s.addFiles);
  const startError = useImportStore((s) => s.startError);
  const start = useImportStore((s) => s.start);
  const busy = useImportStore((s) => s.queue.length > 0 || s.runs.length > 0);

  useEffect(() => {
    void useImportHistoryStore.getState().load();
  }, []);

  return (
    <div className="screen imp-screen">
      <PageHeader
        title={meta.label}
        summary="Bring in posts exported from social media platforms or other monitoring tools. Files are read on this computer and never sent anywhere."
      />
      {/* One polite voice for the whole screen: files checked, import started, each outcome. */}
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <DropZone onFiles={addFiles} compact={busy} />
      {startError ? (
        <ErrorAlert error={new Error(startError)} doing="start the import" onRetry={() => void start()} />
      ) : null}
      <FileQueue />
      <ImportRuns />
      <ImportHistory />
    </div>
  );
}
