/** Add a category. Its key (a slug) is permanent; everything else can be edited later. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CategoryInfo } from '../../../electron/api/types';
import { api } from '../api/client';
import { toApiError } from '../stores/resource';
import { ColourField, SeverityField } from './CategoryFields';
import { FormStatus } from './SettingsParts';

const KEY_PATTERN = /^[a-z][a-z0-9_]{1,39}$/;

function keyProblem(key: string, existing: CategoryInfo[]): string | null {
  if (!key) return null;
  if (!/^[a-z]/.test(key)) return 'Start with a lower-case letter.';
  if (/[^a-z0-9_]/.test(key))
    return 'Use only lower-case letters, digits and underscores (no spaces or hyphens).';
  if (!KEY_PATTERN.test(key)) return 'Use 2 to 40 characters.';
  if (existing.some((c) => c.key === key)) return `The key “${key}” is taken.`;
  return null;
}

/** 'Veiled threat' → 'veiled_threat' */
function suggestKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '')
    .slice(0, 40);
}

export function AddCategoryForm({ existing }: { existing: CategoryInfo[] }) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyTouched, setKeyTouched] = useState(false);
  const [colour, setColour] = useState('#888888');
  const [isAbuse, setIsAbuse] = useState(true);
  const [severity, setSeverity] = useState(2);
  const [description, setDescription] = useState('');
  const [status, setStatus] = useState<{ ok?: string; error?: string }>({});
  const [busy, setBusy] = useState(false);
  const id = useId();
  const effectiveKey = keyTouched ? key : suggestKey(name);
  const problem = keyProblem(effectiveKey, existing);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem || !effectiveKey || !name.trim()) return;
    setBusy(true);
    try {
      const c = await api('taxonomy.add', {
        key: effectiveKey,
        name: name.trim(),
        colour,
        isAbuse,
        severity: isAbuse ? severity : 0,
        description: description.trim(),
      });
      setStatus({
        ok: `Added “${c.name}”. Reviewers can choose it now; add words for it below if the classifier should find it too.`,
      });
      setName('');
      setKey('');
      setKeyTouched(false);
      setDescription('');
    } catch (err) {
      setStatus({ error: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="tax-add">
      <summary>Add a category</summary>
      <form className="tax-edit" onSubmit={(e) => void submit(e)}>
        <div className="tax-edit-grid">
          <div className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={80}
              required
              onChange={(e) => {
                setName(e.target.value);
                setStatus({});
              }}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-key`}>Key</label>
            <input
              id={`${id}-key`}
              type="text"
              value={effectiveKey}
              maxLength={40}
              required
              spellCheck={false}
              aria-invalid={problem ? true : undefined}
              aria-describedby={`${id}-key-hint${problem ? ` ${id}-key-error` : ''}`}
              onChange={(e) => {
                setKeyTouched(true);
                setKey(e.target.value.trim());
              }}
            />
            <span className="field-hint" id={`${id}-key-hint`}>
              Permanent. Lower-case letters, digits and underscores, e.g. veiled_threat.
            </span>
            {problem ? (
              <span className="field-error" id={`${id}-key-error`}>
                {problem}
              </span>
            ) : null}
          </div>
          <ColourField id={id} colour={colour} onChange={setColour} />
          <div className="field">
            <label className="check">
              <input type="checkbox" checked={isAbuse} onChange={(e) => setIsAbuse(e.target.checked)} />
              This is a kind of abuse
            </label>
            <span className="field-hint">Untick for a “not abuse” outcome (always S0).</span>
          </div>
          <SeverityField id={id} severity={severity} isAbuse={isAbuse} onChange={setSeverity} />
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
        </div>
        <div className="inline-row">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={busy || !!problem || !name.trim() || !effectiveKey}
          >
            {busy ? 'Adding…' : 'Add category'}
          </button>
        </div>
        <FormStatus ok={status.ok} error={status.error} />
      </form>
    </details>
  );
}
