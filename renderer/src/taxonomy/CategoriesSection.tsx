/**
 * Settings → Categories: the taxonomy as a table. Rename, recolour, change the default severity, switch a
 * category off, or add one. Every change is saved as a new version of that category (see its history).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { CategoryInfo } from '../../../electron/api/types';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { CategorySwatch } from '../review/CategorySwatch';
import { toApiError } from '../stores/resource';
import { AddCategoryForm } from './AddCategoryForm';
import { ColourField, SeverityField } from './CategoryFields';
import { severityLabel } from './severity';
import { APPLY_HINT, FormStatus, SectionIntro } from './SettingsParts';
import { TaxonomyHistory } from './TaxonomyHistory';
import { useCategoriesStore } from './taxonomyStore';

export function CategoriesSection() {
  const { data, error, load } = useCategoriesStore();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const returnFocus = useRef<string | null>(null);

  useEffect(() => {
    void useCategoriesStore.getState().load();
  }, []);

  // After an edit closes, put focus back on its Edit button.
  useEffect(() => {
    if (editing !== null || !returnFocus.current) return;
    tableRef.current?.querySelector<HTMLButtonElement>(`[data-edit="${returnFocus.current}"]`)?.focus();
    returnFocus.current = null;
  }, [editing]);

  const close = (key: string, message: string | null) => {
    returnFocus.current = key;
    setEditing(null);
    setSaved(message);
  };

  return (
    <section className="settings-section settings-section-wide" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Categories">
        <p>
          What each kind of post is called, its colour and its default severity. Every change is kept as a new
          version, with your name, so any decision can be read against the categories of its day.
        </p>
      </SectionIntro>
      {error ? <ErrorAlert error={error} doing="load the categories" onRetry={() => void load()} /> : null}
      {!data ? (
        !error ? (
          <Loading label="Loading categories…" />
        ) : null
      ) : (
        <div className="table-wrap tax-table-wrap">
          <table className="data-table tax-table" ref={tableRef}>
            <caption className="sr-only">Categories</caption>
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Default severity</th>
                <th scope="col">In use</th>
                <th scope="col" className="num">
                  Version
                </th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) =>
                editing === c.key ? (
                  <EditRow key={c.key} category={c} others={data} onDone={(msg) => close(c.key, msg)} />
                ) : (
                  <tr key={c.key} className={c.enabled ? undefined : 'is-off'}>
                    <th scope="row">
                      <span className="tax-name">
                        <CategorySwatch colour={c.colour} />
                        <span>{c.name}</span>
                        {!c.isAbuse ? <span className="badge">Not abuse</span> : null}
                        {c.manualOnly ? <span className="badge">Reviewers only</span> : null}
                      </span>
                      {c.description ? <span className="tax-desc">{c.description}</span> : null}
                    </th>
                    <td>{severityLabel(c.severity)}</td>
                    <td>{c.enabled ? 'Yes' : 'Switched off'}</td>
                    <td className="num">v{c.version}</td>
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        data-edit={c.key}
                        onClick={() => {
                          setSaved(null);
                          setEditing(c.key);
                        }}
                      >
                        Edit<span className="sr-only"> {c.name}</span>
                      </button>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <FormStatus ok={saved} />
      <AddCategoryForm existing={data ?? []} />
      <TaxonomyHistory categories={data} />
    </section>
  );
}

function EditRow({
  category: c,
  others,
  onDone,
}: {
  category: CategoryInfo;
  others: CategoryInfo[];
  onDone: (message: string | null) => void;
}) {
  const [name, setName] = useState(c.name);
  const [colour, setColour] = useState(c.colour);
  const [severity, setSeverity] = useState(c.severity);
  const [enabled, setEnabled] = useState(c.enabled);
  const [description, setDescription] = useState(c.description);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const clash = others.find(
    (o) => o.key !== c.key && o.name.trim().toLowerCase() === name.trim().toLowerCase(),
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (clash) return;
    const change = {
      ...(name.trim() !== c.name ? { name: name.trim() } : {}),
      ...(colour.toUpperCase() !== c.colour ? { colour } : {}),
      ...(severity !== c.severity ? { severity } : {}),
      ...(enabled !== c.enabled ? { enabled } : {}),
      ...(description.trim() !== c.description ? { description: description.trim() } : {}),
    };
    if (Object.keys(change).length === 0) return onDone(null);
    setBusy(true);
    try {
      const r = await api('taxonomy.update', { key: c.key, ...change });
      const affects = 'severity' in change || 'enabled' in change;
      onDone(
        `Saved “${r.category.name}” as version ${r.category.version}.${affects ? ` ${APPLY_HINT}` : ''}`,
      );
    } catch (err) {
      setError(toApiError(err).message);
      setBusy(false);
    }
  };

  return (
    <tr className="tax-editing">
      <td colSpan={5}>
        <form className="tax-edit" onSubmit={(e) => void submit(e)} aria-label={`Edit ${c.name}`}>
          <div className="tax-edit-grid">
            <div className="field">
              <label htmlFor={`${id}-name`}>Name</label>
              <input
                id={`${id}-name`}
                type="text"
                value={name}
                maxLength={80}
                required
                aria-invalid={clash ? true : undefined}
                aria-describedby={clash ? `${id}-clash` : undefined}
                onChange={(e) => setName(e.target.value)}
              />
              {clash ? (
                <span className="field-error" id={`${id}-clash`}>
                  Another category is already called “{clash.name}”.
                </span>
              ) : null}
            </div>
            <ColourField id={id} colour={colour} onChange={setColour} />
            <SeverityField id={id} severity={severity} isAbuse={c.isAbuse} onChange={setSeverity} />
            <div className="field tax-edit-wide">
              <label htmlFor={`${id}-desc`}>Description</label>
              <input
                id={`${id}-desc`}
                type="text"
                value={description}
                maxLength={500}
                onChange={(e) => setDescription(e.target.value)}
              />
            </div>
            <div className="field">
              <label className="check">
                <input
                  type="checkbox"
                  checked={enabled}
                  disabled={c.protected}
                  aria-describedby={`${id}-en-hint`}
                  onChange={(e) => setEnabled(e.target.checked)}
                />
                In use
              </label>
              <span className="field-hint" id={`${id}-en-hint`}>
                {c.protected
                  ? 'Always in use: it is how Bulwark records that a post is not abuse.'
                  : 'Switched off: the classifier stops using it and reviewers cannot choose it.'}
              </span>
            </div>
          </div>
          <div className="inline-row tax-edit-actions">
            <button type="submit" className="btn btn-primary" disabled={busy || !!clash}>
              {busy ? 'Saving…' : 'Save changes'}
            </button>
            <button type="button" className="btn" onClick={() => onDone(null)}>
              Cancel
            </button>
          </div>
          {error ? <FormStatus error={error} /> : null}
        </form>
      </td>
    </tr>
  );
}
