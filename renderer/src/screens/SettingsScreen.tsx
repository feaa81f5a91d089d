/** Settings: who is reviewing (recorded with decisions), light/dark, and which database is open. */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiCallError } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { ReviewingSection } from '../review/ReviewingSection';
import { ClassificationSettings } from '../taxonomy/ClassificationSettings';
import { formatNumber } from '../format';
import type { ScreenMeta } from '../routes';
import { useAppInfoStore } from '../stores/appInfoStore';
import type { ThemeChoice } from '../stores/settingsStore';
import { useSettingsStore } from '../stores/settingsStore';
import { useOsScheme } from '../theme';

export function SettingsScreen({ meta }: { meta: ScreenMeta }) {
  const loaded = useSettingsStore((s) => s.loaded);
  const loadError = useSettingsStore((s) => s.loadError);

  useEffect(() => {
    void useSettingsStore.getState().load();
    void useAppInfoStore.getState().load();
  }, []);

  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      {loadError ? (
        <ErrorAlert
          error={loadError}
          doing="load your settings"
          onRetry={() => void useSettingsStore.getState().load()}
        />
      ) : null}
      <div className="card">
        {loaded ? (
          <>
            <ReviewerSection />
            <ThemeSection />
            <ReviewingSection />
          </>
        ) : (
          <Loading label="Loading settings…" />
        )}
        <DatabaseSection />
      </div>
      <ClassificationSettings />
    </div>
  );
}

function SectionIntro({ id, title, children }: { id: string; title: string; children: string }) {
  return (
    <div className="settings-section-intro">
      <h2 id={id}>{title}</h2>
      <p>{children}</p>
    </div>
  );
}

type Status = { kind: 'saved' } | { kind: 'error'; error: ApiCallError } | null;

function StatusLine({ status, savedText }: { status: Status; savedText: string }) {
  return (
    <p className={`form-status${status?.kind === 'error' ? ' form-status-error' : ''}`} role="status">
      {status?.kind === 'saved'
        ? savedText
        : status?.kind === 'error'
          ? `Not saved: ${status.error.message}`
          : ''}
    </p>
  );
}

function ReviewerSection() {
  const saved = useSettingsStore((s) => s.settings.reviewerName);
  const save = useSettingsStore((s) => s.save);
  const [name, setName] = useState(saved);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const error = await save({ reviewerName: name.trim() });
    setBusy(false);
    setStatus(error ? { kind: 'error', error } : { kind: 'saved' });
    if (!error) setName(name.trim());
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Reviewer">
        Your name is recorded with each review decision and can appear in evidence packs.
      </SectionIntro>
      <form className="settings-form" onSubmit={(e) => void onSubmit(e)}>
        <div className="field" style={{ width: '100%' }}>
          <label htmlFor={`${id}-name`}>Reviewer name</label>
          <span className="field-hint" id={`${id}-hint`}>
            For example “Sam Patel, Press Office”. Up to 80 characters.
          </span>
          <div className="inline-row">
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={80}
              autoComplete="name"
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                setName(e.target.value);
                setStatus(null);
              }}
            />
            <button type="submit" className="btn btn-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save name'}
            </button>
          </div>
        </div>
        <StatusLine status={status} savedText="Name saved." />
      </form>
    </section>
  );
}

const THEMES: { value: ThemeChoice; label: string; hint: string }[] = [
  { value: 'system', label: 'Match this computer', hint: 'Light or dark, following your system setting' },
  { value: 'light', label: 'Light', hint: 'Dark text on a light background' },
  { value: 'dark', label: 'Dark', hint: 'Light text on a dark background' },
];

function ThemeSection() {
  const theme = useSettingsStore((s) => s.settings.theme);
  const save = useSettingsStore((s) => s.save);
  const scheme = useOsScheme();
  const [status, setStatus] = useState<Status>(null);
  const id = useId();

  const choose = async (value: ThemeChoice) => {
    const error = await save({ theme: value });
    setStatus(error ? { kind: 'error', error } : { kind: 'saved' });
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Appearance">
        Choose light or dark, or let Bulwark follow your computer.
      </SectionIntro>
      <div className="settings-form">
        <fieldset>
          <legend>Theme</legend>
          <div className="theme-options">
            {THEMES.map((t) => (
              <label key={t.value} className="theme-option">
                <input
                  type="radio"
                  name={`${id}-theme`}
                  value={t.value}
                  checked={theme === t.value}
                  aria-labelledby={`${id}-${t.value}-label`}
                  aria-describedby={`${id}-${t.value}-hint`}
                  onChange={() => void choose(t.value)}
                />
                <span className="theme-option-text">
                  <span id={`${id}-${t.value}-label`}>{t.label}</span>
                  <span id={`${id}-${t.value}-hint`}>
                    {t.value === 'system' ? `${t.hint} (currently ${scheme})` : t.hint}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <StatusLine status={status} savedText="Theme saved." />
      </div>
    </section>
  );
}

function DatabaseSection() {
  const info = useAppInfoStore();
  const id = useId();
  return (
    <section className="settings-section" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Database">
        Where Bulwark keeps its data. Back up this file to keep a copy of everything.
      </SectionIntro>
      <div>
        {info.error ? (
          <ErrorAlert error={info.error} doing="read the database details" onRetry={() => void info.load()} />
        ) : !info.data ? (
          <Loading label="Reading database details…" />
        ) : (
          <dl className="facts">
            <dt>Database file</dt>
            <dd>
              <code>{info.data.dbPath}</code>
            </dd>
            <dt>Schema version</dt>
            <dd>{info.data.schemaVersion}</dd>
            <dt>Contents</dt>
            <dd>
              {formatNumber(info.data.posts)} posts, {formatNumber(info.data.people)} people
            </dd>
            <dt>Bulwark version</dt>
            <dd>{info.data.version}</dd>
            <dt>Running as</dt>
            <dd>
              {info.data.shell === 'electron'
                ? 'Desktop app'
                : info.data.shell === 'web'
                  ? 'Web shell (this browser)'
                  : 'In-process'}
            </dd>
          </dl>
        )}
      </div>
    </section>
  );
}
