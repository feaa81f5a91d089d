/**
 * "Check a pack": pick a pack ZIP (one Bulwark made, perhaps handed back months later) and see whether
 * every file and post still matches its manifest, with what changed named in plain words. The same
 * check as `bulwark verify-pack`.
 */
import { useId, useState } from 'react';
import type { PackCheck } from '../../../electron/api/types';
import { api, client } from '../api/client';
import { Alert } from '../components/Alert';
import { formatNumber } from '../format';
import { toApiError } from '../stores/resource';

function Result({ name, r }: { name: string; r: PackCheck }) {
  if (r.status === 'intact')
    return (
      <Alert tone="success" title={`${name} is intact`}>
        <p>
          Pack {r.packId} (“{r.caseTitle}”), made {r.generatedAt}: all {formatNumber(r.files)} files and{' '}
          {formatNumber(r.posts)} post records match its manifest. Nothing has been changed since Bulwark made
          it.
        </p>
      </Alert>
    );
  if (r.status === 'unreadable')
    return (
      <Alert tone="error" title={`${name} cannot be checked`}>
        <p>{r.problems.join(' ')}</p>
      </Alert>
    );
  return (
    <Alert tone="error" title={`${name} has been changed since Bulwark made it`}>
      <ul className="case-verify-list">
        {r.problems.slice(0, 50).map((p) => (
          <li key={p}>{p}</li>
        ))}
        {r.problems.length > 50 ? <li>…and {formatNumber(r.problems.length - 50)} more.</li> : null}
      </ul>
      <p>Do not rely on this copy. Export the pack again from the case, or ask for the original.</p>
    </Alert>
  );
}

export function VerifyPack() {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ name: string; r: PackCheck } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      const staged = await client.stageFile(file);
      setResult({ name: file.name, r: await api('evidence.verify', { path: staged.path }) });
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card card-body case-verify" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Check an evidence pack</h2>
      <p className="muted">
        Choose a pack ZIP to confirm that no file and no post in it has been changed since Bulwark made it.
      </p>
      <label className="btn" htmlFor={`${id}-file`}>
        {busy ? 'Checking…' : 'Choose a pack to check…'}
      </label>
      <input
        id={`${id}-file`}
        className="sr-only"
        type="file"
        accept=".zip,application/zip"
        disabled={busy}
        onChange={(e) => {
          void check(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      <div aria-live="polite">
        {result ? <Result name={result.name} r={result.r} /> : null}
        {error ? (
          <Alert tone="error" title="The pack could not be checked">
            <p>{error}</p>
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
