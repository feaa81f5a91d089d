/**
 * Add or edit one person: details, their accounts on each platform, and other names (nicknames,
 * misspellings, abusive nicknames) that posts use for them. Saving re-links earlier posts.
 */
import { SelectField } from '../components/SelectField';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api } from '../api/client';
import type { ApiCallError } from '../api/client';
import type {
  PersonAliasKind,
  PersonDetail,
  PersonPlatform,
  PersonRole,
  PersonSaved,
} from '../../../electron/api/types';
import { Alert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { toApiError } from '../stores/resource';
import { Dialog } from './Dialog';
import { ALIAS_KINDS, friendlyError, GENDERS, inputIssues, PLATFORMS, ROLES } from './labels';

interface HandleRow {
  key: number;
  platform: PersonPlatform;
  handle: string;
  accountId: string;
}

interface AliasRow {
  key: number;
  alias: string;
  kind: PersonAliasKind;
}

interface Form {
  name: string;
  role: PersonRole;
  party: string;
  constituency: string;
  gender: string;
  notes: string;
  handles: HandleRow[];
  aliases: AliasRow[];
}

let nextKey = 1;

/** The usual choices, keeping a stored value's own spelling ("female") so opening and saving changes nothing. */
function genderOptions(current: string): { value: string; label: string }[] {
  const options = GENDERS.map((g) => ({
    value: g.toLowerCase() === current.toLowerCase() ? current : g,
    label: g,
  }));
  if (current && !options.some((o) => o.value === current)) options.push({ value: current, label: current });
  return options;
}

function toForm(p: PersonDetail | null): Form {
  return {
    name: p?.name ?? '',
    role: p?.role ?? 'mp',
    party: p?.party ?? '',
    constituency: p?.constituency ?? '',
    gender: p?.gender ?? '',
    notes: p?.notes ?? '',
    handles: (p?.handles ?? []).map((h) => ({
      key: nextKey++,
      platform: h.platform,
      handle: h.handle ?? '',
      accountId: h.accountId ?? '',
    })),
    aliases: (p?.aliases ?? []).map((a) => ({ key: nextKey++, alias: a.alias, kind: a.kind })),
  };
}

function sourceText(externalId: string | null): string | null {
  if (!externalId) return null;
  const m = /^parliament:(\d+)$/.exec(externalId);
  if (m) return `UK Parliament member ${m[1]}`;
  const r = /^roster:(.+)$/.exec(externalId);
  return r ? `a roster (id ${r[1]})` : null;
}

export function PersonDialog({
  personId,
  parties,
  onClose,
  onSaved,
}: {
  /** null adds a new person. */
  personId: number | null;
  /** Parties already on the list, offered as suggestions. */
  parties: string[];
  onClose: () => void;
  onSaved: (saved: PersonSaved, isNew: boolean) => void;
}) {
  const id = useId();
  const [loaded, setLoaded] = useState<PersonDetail | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [form, setForm] = useState<Form>(() => toForm(null));
  const [error, setError] = useState<string | null>(null);
  /** Problems by field: 'name', 'handle-<row key>', 'alias-<row key>'. */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const isNew = personId === null;

  useEffect(() => {
    if (personId === null) return;
    let live = true;
    api('people.get', { id: personId }).then(
      (p) => {
        if (!live) return;
        setLoaded(p);
        setForm(toForm(p));
        // The form appears once loaded: start in the first field.
        requestAnimationFrame(() => nameRef.current?.focus());
      },
      (err: unknown) => live && setLoadError(toApiError(err)),
    );
    return () => {
      live = false;
    };
  }, [personId]);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setHandle = (key: number, patch: Partial<HandleRow>) =>
    set(
      'handles',
      form.handles.map((h) => (h.key === key ? { ...h, ...patch } : h)),
    );
  const setAlias = (key: number, patch: Partial<AliasRow>) =>
    set(
      'aliases',
      form.aliases.map((a) => (a.key === key ? { ...a, ...patch } : a)),
    );

  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  const addHandle = () => {
    const key = nextKey++;
    set('handles', [...form.handles, { key, platform: 'x', handle: '', accountId: '' }]);
    focusLater(`[data-handle-row="${key}"] select`);
  };
  const addAliasRow = () => {
    const key = nextKey++;
    set('aliases', [...form.aliases, { key, alias: '', kind: 'nickname' }]);
    focusLater(`[data-alias-row="${key}"] input`);
  };

  const showProblems = (general: string, fields: Record<string, string>) => {
    setError(general);
    setFieldErrors(fields);
    // Take the user to the first field that needs them; the summary stays visible in the footer.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.people-dialog [aria-invalid="true"]')?.focus(),
    );
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.name.trim()) {
      showProblems('Give the person’s name.', { name: 'Name is required.' });
      return;
    }
    setSaving(true);
    setError(null);
    setFieldErrors({});
    // Rows left blank are simply dropped.
    const sentHandles = form.handles.filter((h) => h.handle.trim() || h.accountId.trim());
    const sentAliases = form.aliases.filter((a) => a.alias.trim());
    const body = {
      name: form.name,
      role: form.role,
      party: form.party || null,
      constituency: form.constituency || null,
      gender: form.gender || null,
      notes: form.notes || null,
      handles: sentHandles.map((h) => ({
        platform: h.platform,
        handle: h.handle.trim() || null,
        accountId: h.accountId.trim() || null,
      })),
      aliases: sentAliases.map((a) => ({ alias: a.alias, kind: a.kind })),
    };
    try {
      const saved =
        personId === null
          ? await api('people.create', body)
          : await api('people.update', { id: personId, ...body });
      onSaved(saved, isNew);
    } catch (err) {
      const apiErr = toApiError(err);
      const fields: Record<string, string> = {};
      for (const issue of inputIssues(apiErr)) {
        const row = /^(handles|aliases)\.(\d+)/.exec(issue.path);
        if (row?.[1] === 'handles') fields[`handle-${sentHandles[Number(row[2])]?.key}`] = issue.message;
        else if (row?.[1] === 'aliases') fields[`alias-${sentAliases[Number(row[2])]?.key}`] = issue.message;
        else if (issue.path === 'name') fields.name = issue.message;
      }
      if (apiErr.code === 'CONFLICT') fields.name = apiErr.message;
      setSaving(false);
      showProblems(friendlyError(apiErr), fields);
    }
  };

  const invalid = (key: string, describedBy?: string) => ({
    'aria-invalid': fieldErrors[key] ? (true as const) : undefined,
    'aria-describedby':
      [fieldErrors[key] ? `${id}-err-${key}` : '', describedBy ?? ''].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (key: string) =>
    fieldErrors[key] ? (
      <span className="people-field-error" id={`${id}-err-${key}`}>
        {fieldErrors[key]}
      </span>
    ) : null;

  const title = isNew ? 'Add a person' : `Edit ${loaded?.name ?? 'person'}`;
  const formId = `${id}-form`;
  const ready = isNew || loaded;
  const source = sourceText(loaded?.externalId ?? null);

  return (
    <Dialog
      title={title}
      intro={
        isNew
          ? 'Posts that use their name, one of their handles or another name below are linked to them, including posts already imported.'
          : undefined
      }
      onClose={onClose}
      busy={saving}
      size="wide"
      footer={
        <>
          {error ? (
            <p className="people-footer-error" role="alert">
              <strong>Not saved.</strong> {error}
            </p>
          ) : null}
          <button type="submit" form={formId} className="btn btn-primary" disabled={saving || !ready}>
            {saving ? 'Saving…' : isNew ? 'Add person' : 'Save changes'}
          </button>
          <button type="button" className="btn" onClick={onClose} disabled={saving}>
            Cancel
          </button>
        </>
      }
    >
      {loadError ? (
        <Alert tone="error" title="Bulwark could not load this person">
          <p>{loadError.message}</p>
        </Alert>
      ) : null}
      {!ready && !loadError ? <Loading label="Loading…" /> : null}
      {ready ? (
        <form id={formId} className="people-form" onSubmit={(e) => void submit(e)} noValidate>
          {!isNew && source ? (
            <p className="people-form-source muted">
              {source ? `From ${source}. ` : ''}
              What you change here is kept when rosters are imported again.
            </p>
          ) : null}

          <div className="people-form-grid">
            <div className="field people-span-2">
              <label htmlFor={`${id}-name`}>
                Name <span className="people-required">(required)</span>
              </label>
              <input
                ref={nameRef}
                data-autofocus=""
                id={`${id}-name`}
                type="text"
                value={form.name}
                maxLength={200}
                autoComplete="off"
                required
                {...invalid('name')}
                onChange={(e) => set('name', e.target.value)}
              />
              {fieldError('name')}
            </div>
            <SelectField
              id={`${id}-role`}
              label="Role"
              value={form.role}
              options={ROLES}
              onChange={(v) => set('role', v as PersonRole)}
            />
            <div className="field">
              <label htmlFor={`${id}-party`}>Party</label>
              <input
                id={`${id}-party`}
                type="text"
                value={form.party}
                maxLength={200}
                list={`${id}-parties`}
                autoComplete="off"
                onChange={(e) => set('party', e.target.value)}
              />
              <datalist id={`${id}-parties`}>
                {parties.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
            </div>
            <div className="field">
              <label htmlFor={`${id}-constituency`}>Constituency</label>
              <input
                id={`${id}-constituency`}
                type="text"
                value={form.constituency}
                maxLength={200}
                autoComplete="off"
                onChange={(e) => set('constituency', e.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-gender`}>Gender</label>
              <select
                id={`${id}-gender`}
                value={form.gender}
                aria-describedby={`${id}-gender-hint`}
                onChange={(e) => set('gender', e.target.value)}
              >
                <option value="">Not recorded</option>
                {genderOptions(form.gender).map((g) => (
                  <option key={g.value} value={g.value}>
                    {g.label}
                  </option>
                ))}
              </select>
              <span className="field-hint" id={`${id}-gender-hint`}>
                Optional: only if your team records it.
              </span>
            </div>
            <div className="field people-span-2">
              <label htmlFor={`${id}-notes`}>Notes</label>
              <textarea
                id={`${id}-notes`}
                value={form.notes}
                rows={2}
                maxLength={5000}
                onChange={(e) => set('notes', e.target.value)}
              />
            </div>
          </div>

          <fieldset className="people-rows">
            <legend>Accounts on social media</legend>
            <p className="field-hint" id={`${id}-handles-hint`}>
              Type the handle or paste a link to their profile. Posts that mention or reply to these accounts
              are linked to this person.
            </p>
            {form.handles.length === 0 ? (
              <p className="muted people-none">No accounts yet.</p>
            ) : (
              <div className="people-row people-row-handle people-row-head" aria-hidden="true">
                <span>Platform</span>
                <span>Handle or profile link</span>
                <span>Account id (optional)</span>
              </div>
            )}
            {form.handles.map((h, i) => {
              const rowId = `${id}-h${h.key}`;
              const example = PLATFORMS.find((p) => p.value === h.platform)?.example;
              return (
                <div className="people-row people-row-handle" key={h.key} data-handle-row={h.key}>
                  <div className="field">
                    <label htmlFor={`${rowId}-platform`} className="sr-only">
                      Platform (account {i + 1})
                    </label>
                    <select
                      id={`${rowId}-platform`}
                      value={h.platform}
                      onChange={(e) => setHandle(h.key, { platform: e.target.value as PersonPlatform })}
                    >
                      {PLATFORMS.map((p) => (
                        <option key={p.value} value={p.value}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${rowId}-handle`} className="sr-only">
                      Handle or profile link (account {i + 1})
                    </label>
                    <input
                      id={`${rowId}-handle`}
                      type="text"
                      value={h.handle}
                      placeholder={example}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={300}
                      {...invalid(`handle-${h.key}`, `${id}-handles-hint`)}
                      onChange={(e) => setHandle(h.key, { handle: e.target.value })}
                    />
                    {fieldError(`handle-${h.key}`)}
                  </div>
                  <div className="field">
                    <label htmlFor={`${rowId}-account`} className="sr-only">
                      Account id (account {i + 1})
                    </label>
                    <input
                      id={`${rowId}-account`}
                      type="text"
                      value={h.accountId}
                      autoComplete="off"
                      spellCheck={false}
                      maxLength={200}
                      onChange={(e) => setHandle(h.key, { accountId: e.target.value })}
                    />
                  </div>
                  <button
                    type="button"
                    className="btn btn-small people-row-remove"
                    aria-label={`Remove account ${i + 1}${h.handle ? ` (${h.handle})` : ''}`}
                    onClick={() =>
                      set(
                        'handles',
                        form.handles.filter((x) => x.key !== h.key),
                      )
                    }
                  >
                    Remove
                  </button>
                </div>
              );
            })}
            <button type="button" className="btn btn-small" onClick={addHandle}>
              Add an account
            </button>
          </fieldset>

          <fieldset className="people-rows">
            <legend>Other names</legend>
            <p className="field-hint">
              Nicknames, common misspellings and abusive nicknames people use for them. Whole words match,
              whatever the capitals or accents.
            </p>
            {form.aliases.length === 0 ? (
              <p className="muted people-none">No other names yet.</p>
            ) : (
              <div className="people-row people-row-alias people-row-head" aria-hidden="true">
                <span>Other name</span>
                <span>Kind</span>
              </div>
            )}
            {form.aliases.map((a, i) => {
              const rowId = `${id}-a${a.key}`;
              return (
                <div className="people-row people-row-alias" key={a.key} data-alias-row={a.key}>
                  <div className="field">
                    <label htmlFor={`${rowId}-alias`} className="sr-only">
                      Other name {i + 1}
                    </label>
                    <input
                      id={`${rowId}-alias`}
                      type="text"
                      value={a.alias}
                      maxLength={200}
                      autoComplete="off"
                      {...invalid(`alias-${a.key}`)}
                      onChange={(e) => setAlias(a.key, { alias: e.target.value })}
                    />
                    {fieldError(`alias-${a.key}`)}
                  </div>
                  <div className="field">
                    <label htmlFor={`${rowId}-kind`} className="sr-only">
                      Kind (other name {i + 1})
                    </label>
                    <select
                      id={`${rowId}-kind`}
                      value={a.kind}
                      onChange={(e) => setAlias(a.key, { kind: e.target.value as PersonAliasKind })}
                    >
                      {ALIAS_KINDS.map((k) => (
                        <option key={k.value} value={k.value}>
                          {k.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    className="btn btn-small people-row-remove"
                    aria-label={`Remove other name ${i + 1}${a.alias ? ` (${a.alias})` : ''}`}
                    onClick={() =>
                      set(
                        'aliases',
                        form.aliases.filter((x) => x.key !== a.key),
                      )
                    }
                  >
                    Remove
                  </button>
                </div>
              );
            })}
            <button type="button" className="btn btn-small" onClick={addAliasRow}>
              Add another name
            </button>
          </fieldset>
        </form>
      ) : null}
    </Dialog>
  );
}
