/**
 * Records an import left out, with the line each came from and why, a page at a time — and the whole
 * list as a CSV the user can fix and re-import from. The raw record is shown as plain text only.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ImportReject } from '../../../electron/api/types';
import { api } from '../api/client';
import { plural } from '../format';
import { Pager } from '../posts/Pager';
import { toApiError } from '../stores/resource';
import { downloadText } from './download';

const PAGE = 25;
const RAW_CHARS = 240;

export function ExportRejectsButton({ importId, small = true }: { importId: number; small?: boolean }) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done' | 'error'; text: string }>(
    {
      kind: 'idle',
    },
  );
  const run = async () => {
    setState({ kind: 'working' });
    try {
      const { fileName, csv } = await api('imports.exportRejects', { importId });
      downloadText(fileName, csv);
      setState({ kind: 'done', text: `Saved as ${fileName} in your downloads.` });
    } catch (err) {
      setState({ kind: 'error', text: `Could not export: ${toApiError(err).message}` });
    }
  };
  return (
    <span className="imp-export">
      <button
        type="button"
        className={`btn${small ? ' btn-small' : ''}`}
        disabled={state.kind === 'working'}
        onClick={() => void run()}
      >
        {state.kind === 'working' ? 'Exporting…' : 'Export rejected records (CSV)'}
      </button>
      <span role="status" className={state.kind === 'error' ? 'imp-export-error' : 'imp-export-done'}>
        {state.kind === 'done' || state.kind === 'error' ? state.text : ''}
      </span>
    </span>
  );
}

interface RejectsPanelProps {
  importId: number;
  fileName: string;
  id?: string;
  level?: 3 | 4;
  onClose?: () => void;
  /** Move focus to the panel's heading when it opens (when it appears away from the button). */
  focusOnOpen?: boolean;
  /** Off where an export button already sits next to the one that opened the panel. */
  showExport?: boolean;
}

export function RejectsPanel({
  importId,
  fileName,
  id,
  level = 4,
  onClose,
  focusOnOpen,
  showExport = true,
}: RejectsPanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [offset, setOffset] = useState(0);
  const [result, setResult] = useState<{ key: string; total: number; rows: ImportReject[] } | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const key = `${importId}:${offset}`;

  useEffect(() => {
    let live = true;
    api('imports.rejects', { importId, offset, limit: PAGE }).then(
      (page) => live && setResult({ key: `${importId}:${offset}`, ...page }),
      (err: unknown) => live && setError({ key: `${importId}:${offset}`, message: toApiError(err).message }),
    );
    return () => {
      live = false;
    };
  }, [importId, offset]);

  useEffect(() => {
    if (!focusOnOpen) return;
    headingRef.current?.scrollIntoView({ block: 'nearest' });
    headingRef.current?.focus({ preventScroll: true });
  }, [focusOnOpen, importId]);

  const Heading = level === 3 ? 'h3' : 'h4';
  const loading = result?.key !== key && error?.key !== key;

  return (
    <section id={id} className="imp-rejects" aria-labelledby={headingId} aria-busy={loading}>
      <div className="imp-rejects-head">
        <Heading id={headingId} ref={headingRef} tabIndex={-1}>
          Rejected records in {fileName}
        </Heading>
        <div className="imp-rejects-actions">
          {showExport ? <ExportRejectsButton importId={importId} /> : null}
          {onClose ? (
            <button type="button" className="btn btn-small" onClick={onClose}>
              Close
            </button>
          ) : null}
        </div>
      </div>
      <p className="imp-rejects-intro">
        These records were left out; the rest of the file was imported. Fix them in the original file (or in
        the exported CSV) and import it again — posts Bulwark already has are not added twice.
      </p>
      {error?.key === key ? (
        <p role="alert" className="imp-file-problem">
          Could not load the rejected records: {error.message}
        </p>
      ) : result ? (
        <>
          <div className="table-wrap imp-rejects-table">
            <table className="data-table">
              <caption className="sr-only">
                Rejected records in {fileName}, {plural(result.total, 'record')}
              </caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Line
                  </th>
                  <th scope="col">Why it was rejected</th>
                  <th scope="col">The record as it appears in the file</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.id}>
                    <td className="num">{r.line ?? '—'}</td>
                    <td className="imp-reject-reason">{r.reason}</td>
                    <td>
                      {r.raw ? (
                        <code className="imp-raw">
                          {r.raw.length > RAW_CHARS ? `${r.raw.slice(0, RAW_CHARS)}…` : r.raw}
                        </code>
                      ) : (
                        <span className="muted">Not kept</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            offset={offset}
            limit={PAGE}
            total={result.total}
            noun={['rejected record', 'rejected records']}
            label={`Pages of rejected records in ${fileName}`}
            onOffset={setOffset}
          />
        </>
      ) : (
        <p className="muted">Loading the rejected records…</p>
      )}
    </section>
  );
}
