/**
 * "Import roster CSV": choose a file (read here in the browser and sent as text), check which column
 * holds what (known rosters come pre-matched), import, and see what changed.
 */
import { useId, useState } from 'react';
import { api } from '../api/client';
import type { PeopleMergeResult, PersonRole, RosterPreview } from '../../../electron/api/types';
import { Alert } from '../components/Alert';
import { formatNumber, plural } from '../format';
import { toApiError } from '../stores/resource';
import { Dialog } from './Dialog';
import { friendlyError, ROLES } from './labels';
import { MergeSummaryView } from './MergeSummaryView';

const MAX_BYTES = 6_000_000;

type Step =
  | { kind: 'choose' }
  | { kind: 'map'; csv: string; fileName: string; preview: RosterPreview }
  | { kind: 'done'; fileName: string; result: PeopleMergeResult };

export function RosterDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [role, setRole] = useState<PersonRole>('mp');
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_BYTES) {
      setError(
        `${file.name} is ${formatNumber(Math.round(file.size / 1e6))} MB; Bulwark takes roster files up to 6 MB. Remove columns it does not need, or split the file.`,
      );
      return;
    }
    setBusy('Reading the file…');
    try {
      const csv = await file.text();
      const preview = await api('people.previewRoster', { csv, fileName: file.name });
      setMapping(preview.suggestedMapping);
      setRole(preview.suggestedRole);
      setStep({ kind: 'map', csv, fileName: file.name, preview });
    } catch (err) {
      setError(friendlyError(toApiError(err)));
    } finally {
      setBusy(null);
    }
  };

  const runImport = async () => {
    if (step.kind !== 'map') return;
    if (!mapping.name) {
      setError('Choose the column that holds each person’s name.');
      return;
    }
    setBusy(`Importing ${plural(step.preview.rows, 'person', 'people')}…`);
    setError(null);
    try {
      const result = await api('people.importRoster', {
        csv: step.csv,
        fileName: step.fileName,
        // "Not in this file" choices are left out.
        mapping: Object.fromEntries(Object.entries(mapping).filter(([, col]) => col)),
        defaultRole: role,
      });
      setStep({ kind: 'done', fileName: step.fileName, result });
    } catch (err) {
      setError(friendlyError(toApiError(err)));
    } finally {
      setBusy(null);
    }
  };

  const footer =
    step.kind === 'choose' ? (
      <button type="button" className="btn" onClick={onClose} disabled={!!busy}>
        Cancel
      </button>
    ) : step.kind === 'map' ? (
      <>
        <button type="button" className="btn btn-primary" onClick={() => void runImport()} disabled={!!busy}>
          {busy ?? `Import ${plural(step.preview.rows, 'person', 'people')}`}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            setStep({ kind: 'choose' });
            setError(null);
          }}
          disabled={!!busy}
        >
          Choose another file
        </button>
        <button type="button" className="btn" onClick={onClose} disabled={!!busy}>
          Cancel
        </button>
      </>
    ) : (
      <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
        Done
      </button>
    );

  return (
    <Dialog
      title="Import a roster"
      intro="Add or update many people at once from a spreadsheet saved as CSV: one row per person."
      onClose={onClose}
      busy={!!busy}
      size="wide"
      footer={footer}
    >
      {error ? (
        <div className="people-form-error" role="alert">
          <strong>{step.kind === 'map' ? 'Not imported.' : 'That file cannot be used.'}</strong> {error}
        </div>
      ) : null}

      {step.kind === 'choose' ? (
        <div className="people-roster-choose">
          <div className="field">
            <label htmlFor={`${id}-file`}>Roster file (CSV)</label>
            <input
              id={`${id}-file`}
              className="people-file"
              data-autofocus=""
              type="file"
              accept=".csv,.tsv,.txt,text/csv"
              aria-describedby={`${id}-file-hint`}
              disabled={!!busy}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
            <span className="field-hint" id={`${id}-file-hint`}>
              The first line must name the columns, e.g. Name, Party, Constituency, Twitter. Up to 6 MB.
            </span>
          </div>
          {busy ? (
            <p className="muted" role="status">
              {busy}
            </p>
          ) : null}
          <ul className="people-notes-list muted">
            <li>People already on your list are updated, never added twice.</li>
            <li>Anything you have edited by hand in Bulwark is kept.</li>
            <li>Posts already imported that mention the new people are linked to them.</li>
          </ul>
        </div>
      ) : null}

      {step.kind === 'map' ? (
        <div className="people-roster-map">
          {step.preview.recognised ? (
            <Alert tone="info" title="Bulwark recognises this file">
              <p>
                {step.preview.recognised}. The columns are matched already: check them below if you like, then
                import.
              </p>
            </Alert>
          ) : (
            <p>Say which column holds what. Bulwark has guessed where it could; only the name is required.</p>
          )}
          <p>
            <strong>{step.fileName}</strong>: {plural(step.preview.rows, 'row')} of people,{' '}
            {step.preview.header.length} columns.
          </p>
          {step.preview.problems.length ? (
            <ul className="people-problems">
              {step.preview.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <div className="field people-role-pick">
            <label htmlFor={`${id}-role`}>Role for people whose row does not give one</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as PersonRole)}>
              {ROLES.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          </div>
          <details className="people-mapping" open={!step.preview.recognised}>
            <summary>
              Columns used ({Object.values(mapping).filter(Boolean).length} of {step.preview.fields.length}{' '}
              fields matched)
            </summary>
            <div className="people-map-grid">
              {step.preview.fields.map((f) => {
                const selectId = `${id}-map-${f.key}`;
                const col = mapping[f.key] ?? '';
                const index = step.preview.header.indexOf(col);
                const example =
                  index >= 0 ? step.preview.sample.find((r) => r[index]?.trim())?.[index] : undefined;
                return (
                  <div className="people-map-row" key={f.key}>
                    <label htmlFor={selectId}>
                      {f.label}
                      {f.required ? <span className="people-required"> (required)</span> : null}
                    </label>
                    <select
                      id={selectId}
                      value={col}
                      aria-invalid={(f.required && !col) || undefined}
                      aria-describedby={`${selectId}-example`}
                      onChange={(e) => setMapping((m) => ({ ...m, [f.key]: e.target.value }))}
                    >
                      <option value="">{f.required ? 'Choose a column…' : 'Not in this file'}</option>
                      {step.preview.header.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                    <span className="people-map-example muted" id={`${selectId}-example`}>
                      {example ? `e.g. ${example}` : f.hint}
                    </span>
                  </div>
                );
              })}
            </div>
          </details>
          {busy ? (
            <p className="muted" role="status">
              {busy}
            </p>
          ) : null}
        </div>
      ) : null}

      {step.kind === 'done' ? <MergeSummaryView result={step.result} source={step.fileName} /> : null}
    </Dialog>
  );
}
