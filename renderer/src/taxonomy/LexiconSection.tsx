/**
 * Settings → Word lists: words and phrases added to a category, and built-in ones switched off because
 * they cause false alarms. Each change is saved at once (and audited); reclassify to apply it.
 */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { CategoryInfo, LexiconEntry, LexiconSettings } from '../../../electron/api/types';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { toApiError } from '../stores/resource';
import { APPLY_HINT, FormStatus, SectionIntro } from './SettingsParts';
import { categoryIndex, categoryName, useCategoriesStore, useLexiconStore } from './taxonomyStore';

type ListName = keyof LexiconSettings;

export function LexiconSection() {
  const categories = useCategoriesStore((s) => s.data);
  const { data: lexicon, error: loadError, load } = useLexiconStore();
  const [status, setStatus] = useState<{ ok?: string; error?: string }>({});
  const id = useId();

  useEffect(() => {
    void useLexiconStore.getState().load();
    void useCategoriesStore.getState().load();
  }, []);

  const save = async (next: LexiconSettings, done: string): Promise<boolean> => {
    try {
      const saved = await api('lexicon.set', next);
      useLexiconStore.setState({ data: saved });
      setStatus({ ok: `${done} ${APPLY_HINT}` });
      return true;
    } catch (err) {
      setStatus({ error: toApiError(err).message });
      return false;
    }
  };

  // Words go to abuse categories the classifier produces (not reviewer-only ones).
  const usable = (categories ?? []).filter((c) => c.isAbuse && !c.manualOnly);
  const index = categoryIndex(categories);

  return (
    <section className="settings-section settings-section-wide" aria-labelledby={`${id}-title`}>
      <SectionIntro id={`${id}-title`} title="Word lists">
        <p>
          Teach the classifier a new slur or coded phrase for a category, or switch off a built-in word that
          keeps flagging harmless posts. Matching ignores capitals, accents, l33t spelling and s p a c e d
          letters.
        </p>
      </SectionIntro>
      {loadError ? (
        <ErrorAlert error={loadError} doing="load the word lists" onRetry={() => void load()} />
      ) : null}
      {!lexicon || !categories ? (
        !loadError ? (
          <Loading label="Loading word lists…" />
        ) : null
      ) : (
        <div className="lex-grid">
          <LexiconList
            list="add"
            title="Added words and phrases"
            empty="None yet. The built-in word lists are in use."
            button="Add word"
            entries={lexicon.add}
            categories={usable}
            nameOf={(k) => categoryName(index, k)}
            onAdd={(e) =>
              save(
                { ...lexicon, add: [...lexicon.add, e] },
                `Added “${e.term}” to ${categoryName(index, e.category)}.`,
              )
            }
            onRemove={(e) =>
              void save(
                { ...lexicon, add: lexicon.add.filter((x) => x !== e) },
                `Removed “${e.term}” from ${categoryName(index, e.category)}.`,
              )
            }
          />
          <LexiconList
            list="disable"
            title="Built-in words switched off"
            empty="None. Every built-in word is in use."
            button="Switch off"
            entries={lexicon.disable}
            categories={usable}
            nameOf={(k) => categoryName(index, k)}
            onAdd={(e) =>
              save(
                { ...lexicon, disable: [...lexicon.disable, e] },
                `Switched off “${e.term}” for ${categoryName(index, e.category)}.`,
              )
            }
            onRemove={(e) =>
              void save(
                { ...lexicon, disable: lexicon.disable.filter((x) => x !== e) },
                `Switched “${e.term}” back on for ${categoryName(index, e.category)}.`,
              )
            }
          />
        </div>
      )}
      <FormStatus ok={status.ok} error={status.error} />
    </section>
  );
}

interface ListProps {
  list: ListName;
  title: string;
  empty: string;
  button: string;
  entries: LexiconEntry[];
  categories: CategoryInfo[];
  nameOf: (key: string) => string;
  onAdd: (e: LexiconEntry) => Promise<boolean>;
  onRemove: (e: LexiconEntry) => void;
}

function LexiconList({
  list,
  title,
  empty,
  button,
  entries,
  categories,
  nameOf,
  onAdd,
  onRemove,
}: ListProps) {
  const [term, setTerm] = useState('');
  const [category, setCategory] = useState(categories[0]?.key ?? '');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const chosen = category || categories[0]?.key || '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!term.trim() || !chosen) return;
    setBusy(true);
    if (await onAdd({ term: term.trim(), category: chosen })) setTerm('');
    setBusy(false);
  };

  return (
    <div className="lex-list">
      <h3 id={`${id}-title`}>{title}</h3>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="lex-entries" aria-labelledby={`${id}-title`}>
          {entries.map((e) => (
            <li key={`${e.category}:${e.term}`}>
              <span className="lex-term">{e.term}</span>
              <span className="muted">{nameOf(e.category)}</span>
              <button type="button" className="btn btn-small" onClick={() => onRemove(e)}>
                {list === 'add' ? 'Remove' : 'Switch back on'}
                <span className="sr-only">
                  {' '}
                  “{e.term}” ({nameOf(e.category)})
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="lex-form" onSubmit={(e) => void submit(e)} aria-label={`${button}: ${title}`}>
        <div className="field">
          <label htmlFor={`${id}-term`}>Word or phrase</label>
          <input
            id={`${id}-term`}
            type="text"
            value={term}
            maxLength={100}
            onChange={(e) => setTerm(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cat`}>Category</label>
          <select id={`${id}-cat`} value={chosen} onChange={(e) => setCategory(e.target.value)}>
            {categories.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn" disabled={busy || !term.trim()}>
          {button}
        </button>
      </form>
    </div>
  );
}
