/** Recent changes to the categories, newest first: what changed, from what to what, who and when. */
import { useEffect, useState } from 'react';
import type { CategoryInfo, CategorySnapshotInfo, TaxonomyChange } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { LocalTime } from '../posts/time';
import { toApiError } from '../stores/resource';
import { severityShort } from './severity';
import { categoryIndex, categoryName } from './taxonomyStore';

const FIELD_NAMES: Record<keyof CategorySnapshotInfo, string> = {
  name: 'name',
  description: 'description',
  isAbuse: 'abuse or not',
  severity: 'severity',
  colour: 'colour',
  enabled: 'in use',
  manualOnly: 'reviewers only',
};

function value(field: keyof CategorySnapshotInfo, s: CategorySnapshotInfo): string {
  const v = s[field];
  if (field === 'severity') return severityShort(v as number);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return `“${String(v)}”`;
}

function summary(c: TaxonomyChange): string {
  if (c.change === 'added') return 'added';
  if (!c.before) return 'created';
  return c.fields.map((f) => `${FIELD_NAMES[f]} ${value(f, c.before!)} → ${value(f, c.after)}`).join('; ');
}

export function TaxonomyHistory({ categories }: { categories: CategoryInfo[] | null }) {
  const [open, setOpen] = useState(false);
  const [rows, setRows] = useState<TaxonomyChange[] | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const index = categoryIndex(categories);

  useEffect(() => {
    if (!open) return;
    let live = true;
    api('taxonomy.history', { limit: 50 })
      .then((r) => live && (setRows(r.filter((c) => c.change !== 'initial')), setError(null)))
      .catch((err: unknown) => live && setError(toApiError(err)));
    return () => {
      live = false;
    };
    // Refetch when the categories change (a save bumps a version).
  }, [open, categories]);

  return (
    <details className="tax-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Change history</summary>
      {error ? <ErrorAlert error={error} doing="load the change history" /> : null}
      {!rows ? (
        open && !error ? (
          <p className="muted">Loading…</p>
        ) : null
      ) : rows.length === 0 ? (
        <p className="muted">No changes yet: the categories are as Bulwark set them up.</p>
      ) : (
        <ol className="history-list">
          {rows.map((c) => (
            <li key={c.id}>
              <span className="history-what">
                {categoryName(index, c.key)} v{c.version}: {summary(c)}
              </span>
              <span className="muted">
                {' '}
                by {c.changedBy}, <LocalTime iso={c.changedAt} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
