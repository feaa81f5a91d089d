/**
 * "Found with these settings": the parameters that found this campaign, editable. Saving stores the new
 * settings and runs detection again over the whole database (a background job), so every campaign —
 * not just this one — is re-checked with them.
 */
import { useEffect, useId, useState } from 'react';
import type { CampaignKind } from '../../../electron/api/types';
import { api } from '../api/client';
import { Alert } from '../components/Alert';
import { toApiError } from '../stores/resource';
import { useParamsStore } from './campaignStores';
import { HISTORY_FIELDS, PARAM_FIELDS, type ParamField } from './words';

interface Props {
  kind: CampaignKind;
  /** The values stored with the campaign (what found it). */
  used: Record<string, unknown>;
}

const shown = (f: ParamField, v: number) => (f.percent ? Math.round(v * 1000) / 10 : v);

export function ParamsEditor({ kind, used }: Props) {
  const id = useId();
  const current = useParamsStore();
  const [draft, setDraft] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void useParamsStore.getState().load();
  }, []);

  const fields = [...PARAM_FIELDS[kind], ...HISTORY_FIELDS];
  const usedHistory = (used.history ?? {}) as Record<string, number>;
  const usedValue = (f: ParamField) => Number(f.group === 'history' ? usedHistory[f.key] : used[f.key]);
  const now = (f: ParamField) => current.data?.params[f.group]?.[f.key];
  const keyOf = (f: ParamField) => `${f.group}.${f.key}`;

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const patch: Record<string, Record<string, number>> = {};
    for (const f of fields) {
      const raw = draft[keyOf(f)];
      if (raw === undefined || raw.trim() === '') continue;
      const n = Number(raw);
      if (!Number.isFinite(n)) {
        setMessage({ tone: 'error', text: `“${f.label}” must be a number.` });
        return;
      }
      (patch[f.group] ??= {})[f.key] = f.percent ? n / 100 : n;
    }
    if (Object.keys(patch).length === 0) {
      setMessage({ tone: 'error', text: 'Change at least one value first.' });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      await api('analytics.saveParams', { patch });
      await api('analytics.run', {});
      setDraft({});
      void useParamsStore.getState().load();
      setMessage({
        tone: 'success',
        text: 'Saved. Detection is running again with the new settings; the list updates when it finishes.',
      });
    } catch (err) {
      setMessage({ tone: 'error', text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="params-form" onSubmit={(e) => void save(e)} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="section-note">
        The settings that found this campaign. Change them to make detection stricter or looser; saving runs
        detection again over all posts.
      </p>
      <div className="params-grid">
        {fields.map((f) => {
          const k = keyOf(f);
          const cur = now(f);
          const was = usedValue(f);
          return (
            <div className="params-field" key={k}>
              <label htmlFor={`${id}-${k}`}>{f.label}</label>
              <input
                id={`${id}-${k}`}
                type="number"
                inputMode="decimal"
                step={f.percent ? 1 : (f.step ?? 1)}
                placeholder={cur === undefined ? '' : String(shown(f, cur))}
                value={draft[k] ?? (cur === undefined ? '' : String(shown(f, cur)))}
                onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))}
                aria-describedby={`${id}-${k}-hint`}
              />
              <span className="field-hint" id={`${id}-${k}-hint`}>
                {f.help}
                {Number.isFinite(was) && cur !== undefined && was !== cur
                  ? ` (This campaign was found with ${shown(f, was)}.)`
                  : ''}
              </span>
            </div>
          );
        })}
      </div>
      <div className="params-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy}>
          {busy ? 'Saving…' : 'Save and run detection again'}
        </button>
      </div>
      {message ? (
        <Alert tone={message.tone} title={message.tone === 'success' ? 'Settings saved' : 'Not saved'}>
          <p>{message.text}</p>
        </Alert>
      ) : null}
    </form>
  );
}
