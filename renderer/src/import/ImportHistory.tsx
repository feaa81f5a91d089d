/**
 * Every import into this database, newest first: file, format, when, counts and outcome, with links to
 * the posts each added and the records each rejected. Refreshes when the API reports the imports
 * table changed.
 */
import { FileName } from './FileName';
import { useId, useState } from 'react';
import type { ImportRecord } from '../../../electron/api/types';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { formatNumber, plural } from '../format';
import { LocalTime } from '../posts/time';
import { useImportHistoryStore } from './historyStore';
import { formatName } from './labels';
import { RejectsPanel } from './RejectsPanel';

const SHOWN_AT_FIRST = 8;

const STATUS: Record<ImportRecord['status'], { text: string; tone: string }> = {
  done: { text: 'Imported', tone: 'ok' },
  failed: { text: 'Not imported', tone: 'bad' },
  cancelled: { text: 'Cancelled', tone: 'warn' },
  running: { text: 'Importing…', tone: 'busy' },
};

export function ImportHistory() {
  const history = useImportHistoryStore();
  const [showAll, setShowAll] = useState(false);
  const [selected, setSelected] = useState<{ id: number; name: string } | null>(null);
  const id = useId();
  const rows = history.data ?? [];
  const shown = showAll ? rows : rows.slice(0, SHOWN_AT_FIRST);

  return (
    <section className="card imp-history" aria-labelledby={`${id}-title`}>
      <div className="card-header">
        <h2 id={`${id}-title`}>Import history</h2>
        <p>Every file imported into this database, newest first</p>
      </div>
      {history.error && !history.data ? (
        <div className="card-body">
          <ErrorAlert
            error={history.error}
            doing="load the import history"
            onRetry={() => void history.load()}
          />
        </div>
      ) : !history.data ? (
        <Loading label="Loading the import history…" />
      ) : rows.length === 0 ? (
        <EmptyState icon="import" title="Nothing imported yet" level={3}>
          <p>
            Each file you import is listed here with what it added, so you can always trace a post back to its
            file.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="table-wrap">
            <table className="data-table imp-history-table">
              <caption className="sr-only">Import history, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">File and format</th>
                  <th scope="col">Started</th>
                  <th scope="col" className="num">
                    Read
                  </th>
                  <th scope="col" className="num">
                    Added
                  </th>
                  <th scope="col" className="num">
                    Already had
                  </th>
                  <th scope="col" className="num">
                    Rejected
                  </th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Links</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => {
                  const st = STATUS[r.status];
                  return (
                    <tr key={r.id}>
                      <th scope="row" className="imp-history-file">
                        <span className="imp-history-name">
                          <FileName name={r.file_name} />
                        </span>
                        <span className="imp-history-format">{formatName(r.format)}</span>
                        {r.status === 'failed' && r.message ? (
                          <span className="imp-history-message">{r.message}</span>
                        ) : null}
                      </th>
                      <td className="imp-history-when">
                        <LocalTime iso={r.started_at} />
                      </td>
                      <td className="num">{formatNumber(r.read_count)}</td>
                      <td className="num">{formatNumber(r.inserted_count)}</td>
                      <td className="num">{formatNumber(r.duplicate_count)}</td>
                      <td className="num">{formatNumber(r.rejected_count)}</td>
                      <td>
                        <span className={`imp-badge tone-${st.tone}`}>{st.text}</span>
                      </td>
                      <td className="imp-history-links">
                        {r.inserted_count > 0 ? (
                          <a href={`#/posts?import=${r.id}`}>
                            Posts<span className="sr-only"> added from {r.file_name}</span>
                          </a>
                        ) : null}
                        {r.rejected_count > 0 ? (
                          <button
                            type="button"
                            className="btn-link"
                            aria-pressed={selected?.id === r.id}
                            onClick={() =>
                              setSelected(selected?.id === r.id ? null : { id: r.id, name: r.file_name })
                            }
                          >
                            Rejected<span className="sr-only"> records in {r.file_name}</span>
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length > SHOWN_AT_FIRST ? (
            <div className="imp-history-more">
              <button type="button" className="btn btn-small" onClick={() => setShowAll((v) => !v)}>
                {showAll ? 'Show fewer' : `Show all ${plural(rows.length, 'import')}`}
              </button>
            </div>
          ) : null}
          {selected ? (
            <div className="card-body imp-history-rejects">
              <RejectsPanel
                key={selected.id}
                importId={selected.id}
                fileName={selected.name}
                level={3}
                focusOnOpen
                onClose={() => setSelected(null)}
              />
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
