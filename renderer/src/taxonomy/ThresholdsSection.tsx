/**
 * Settings → Thresholds: how sure the classifier must be before it tags a post, each explained in plain
 * words beside its default. Higher values mean fewer, surer tags.
 */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ThresholdKey, ThresholdSettings, ThresholdValues } from '../../../electron/api/types';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { toApiError } from '../stores/resource';
import { APPLY_HINT, FormStatus, SectionIntro } from './SettingsParts';
import { useThresholdsStore } from './taxonomyStore';

const EXPLAINED: { key: ThresholdKey; name: string; hint: string }[] = [
  {
    key: 'rule',
    name: 'Word lists and patterns',
    hint: 'How strong matched words and threat patterns must be, on their own, to tag a post.',
  },
  {
    key: 'ruleWithModel',
    name: 'Weak words backed by the model',
    hint: 'A weak match (like “cow”) counts only if the model is at least this sure too.',
  },
  {
    key: 'offensive',
    name: 'Model: offensive',
    hint: 'How sure the model must be that a post is offensive to tag it when no listed word matched.',
  },
  {
    key: 'targeted',
    name: 'Model: aimed at a person',
    hint: 'Above this, an offensive post counts as a personal insult; below it, as profanity.',
  },
  {
    key: 'sexism',
    name: 'Model: sexism',
    hint: 'How sure the model must be to tag misogyny with no listed word.',
  },
  {
    key: 'antisemitism',
    name: 'Model: antisemitism',
    hint: 'How sure the model must be to tag antisemitism with no listed word.',
  },
  {
    key: 'politicalModel',
    name: 'Bar for political posts',
    hint: 'For posts about policy, votes or a record, the model must be at least this sure. This keeps harsh political criticism from counting as abuse.',
  },
];

/** 0.5 → '0.50', 0.875 → '0.875' */
const fmt = (n: number): string => (Number.isInteger(Math.round(n * 1e6) / 1e4) ? n.toFixed(2) : String(n));
const asText = (v: ThresholdValues): Record<ThresholdKey, string> =>
  Object.fromEntries(Object.entries(v).map(([k, n]) => [k, fmt(n)])) as Record<ThresholdKey, string>;

export function ThresholdsSection() {
  const { data: settings, error: loadError, load } = useThresholdsStore();
  const [status, setStatus] = useState<{ ok?: string; error?: string }>({});
  const id = useId();

  useEffect(() => {
    void useThresholdsStore.getState().load();
  }, []);

  return (
    <section className="settings-section settings-section-wide" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Thresholds">
        <p>
          How sure the classifier must be before it tags a post, from 0.05 to 0.99. Higher means fewer, surer
          tags; lower catches more but flags more harmless posts. The defaults were tuned on test data.
        </p>
      </SectionIntro>
      {loadError ? (
        <ErrorAlert error={loadError} doing="load the thresholds" onRetry={() => void load()} />
      ) : null}
      {!settings ? (
        !loadError ? (
          <Loading label="Loading thresholds…" />
        ) : null
      ) : (
        // A fresh form whenever the stored values change, so the inputs always start from what is saved.
        <ThresholdsForm key={JSON.stringify(settings.values)} settings={settings} onStatus={setStatus} />
      )}
      <FormStatus ok={status.ok} error={status.error} />
    </section>
  );
}

function ThresholdsForm({
  settings,
  onStatus,
}: {
  settings: ThresholdSettings;
  onStatus: (s: { ok?: string; error?: string }) => void;
}) {
  const [draft, setDraft] = useState<Record<ThresholdKey, string>>(() => asText(settings.values));
  const [busy, setBusy] = useState(false);
  const id = useId();

  const problems = EXPLAINED.filter(({ key }) => {
    const n = Number(draft[key]);
    return draft[key].trim() === '' || !Number.isFinite(n) || n < 0.05 || n > 0.99;
  }).map((t) => t.key);

  const send = async (values: Partial<ThresholdValues>, done: string) => {
    setBusy(true);
    try {
      const s = await api('thresholds.set', { values });
      onStatus({ ok: `${done} ${APPLY_HINT}` });
      useThresholdsStore.setState({ data: s });
    } catch (err) {
      onStatus({ error: toApiError(err).message });
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (problems.length) return;
    const values = Object.fromEntries(
      EXPLAINED.map(({ key }) => [key, Number(draft[key])]),
    ) as ThresholdValues;
    void send(values, 'Thresholds saved.');
  };

  return (
    <form onSubmit={submit} noValidate>
      <div className="thr-list">
        {EXPLAINED.map(({ key, name, hint }) => {
          const bad = problems.includes(key);
          const custom = settings.custom[key] !== undefined;
          return (
            <div key={key} className="thr-row">
              <div className="thr-text">
                <label htmlFor={`${id}-${key}`}>{name}</label>
                <span className="field-hint" id={`${id}-${key}-hint`}>
                  {hint} Default {settings.defaults[key].toFixed(2)}
                  {custom ? ' (you changed it)' : ''}.
                </span>
                {bad ? (
                  <span className="field-error" id={`${id}-${key}-err`}>
                    Enter a number from 0.05 to 0.99.
                  </span>
                ) : null}
              </div>
              <input
                id={`${id}-${key}`}
                className="thr-input"
                type="number"
                inputMode="decimal"
                min={0.05}
                max={0.99}
                step={0.01}
                value={draft[key]}
                aria-invalid={bad ? true : undefined}
                aria-describedby={`${id}-${key}-hint${bad ? ` ${id}-${key}-err` : ''}`}
                onChange={(e) => {
                  setDraft({ ...draft, [key]: e.target.value });
                  onStatus({});
                }}
              />
            </div>
          );
        })}
      </div>
      <div className="inline-row thr-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || problems.length > 0}>
          Save thresholds
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || Object.keys(settings.custom).length === 0}
          onClick={() => void send(settings.defaults, 'Thresholds back to their defaults.')}
        >
          Reset to defaults
        </button>
      </div>
    </form>
  );
}
