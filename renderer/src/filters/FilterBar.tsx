/**
 * The filters every chart and the Posts explorer share: dates (presets or custom), people, platforms,
 * categories, severity and review status. Each change goes straight into the URL (the caller's
 * onChange), so Back undoes it and the address reopens the view.
 */
import { useEffect, useId } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import { formatDate, platformName } from '../format';
import { usePeopleStore } from '../stores/peopleStore';
import { useCategoriesStore } from '../taxonomy/taxonomyStore';
import { SEVERITIES } from '../taxonomy/severity';
import { categoryColour, useDashPalette } from '../charts/palette';
import { MultiSelect } from './MultiSelect';
import { PRESETS, presetOf, presetRange } from './presets';
import { isBlank, PLATFORM_KEYS, STATUS_KEYS } from './urlFilter';
import './filters.css';

const STATUS_NAMES: Record<string, string> = {
  unreviewed: 'Not reviewed yet',
  confirmed: 'Confirmed abuse',
  rejected: 'Not abuse (rejected)',
  escalated: 'Escalated',
};

export function statusName(s: string): string {
  return STATUS_NAMES[s] ?? s;
}

interface Props {
  filter: PostFilter;
  onChange: (f: PostFilter) => void;
  /** The newest post's day, for the "Latest N days" presets. */
  lastDay: string | null;
  /** Show the "abusive posts only" switch (the explorer; the dashboard's charts split abuse out already). */
  showAbusive?: boolean;
}

export function FilterBar({ filter, onChange, lastDay, showAbusive }: Props) {
  const id = useId();
  const people = usePeopleStore();
  const categories = useCategoriesStore();
  const palette = useDashPalette();
  useEffect(() => {
    if (!usePeopleStore.getState().requested) void usePeopleStore.getState().load();
    if (!useCategoriesStore.getState().requested) void useCategoriesStore.getState().load();
  }, []);

  const set = (patch: Partial<PostFilter>) => {
    const next: PostFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof PostFilter)[]) {
      const v = next[k];
      if (v === undefined || v === '' || v === false || (Array.isArray(v) && v.length === 0)) delete next[k];
    }
    onChange(next);
  };
  const dayOnly = (v: string | undefined) => (v ? v.slice(0, 10) : '');
  const preset = presetOf(filter.from, filter.to, lastDay);

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-row">
        <div className="filter-field">
          <label htmlFor={`${id}-preset`} className="multi-label">
            Dates (UTC)
          </label>
          <select
            id={`${id}-preset`}
            value={preset}
            onChange={(e) => {
              const p = PRESETS.find((x) => x.id === e.target.value);
              if (p) set({ from: undefined, to: undefined, ...presetRange(p, lastDay) });
            }}
          >
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id} disabled={p.days !== null && !lastDay}>
                {p.label}
              </option>
            ))}
            <option value="custom" disabled>
              Custom dates
            </option>
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={`${id}-from`} className="multi-label">
            From
          </label>
          <input
            id={`${id}-from`}
            type="date"
            value={dayOnly(filter.from)}
            max={dayOnly(filter.to) || undefined}
            onChange={(e) => set({ from: e.target.value || undefined })}
          />
        </div>
        <div className="filter-field">
          <label htmlFor={`${id}-to`} className="multi-label">
            To
          </label>
          <input
            id={`${id}-to`}
            type="date"
            value={dayOnly(filter.to)}
            min={dayOnly(filter.from) || undefined}
            onChange={(e) => set({ to: e.target.value || undefined })}
          />
        </div>
        <MultiSelect
          label="People"
          allText="Everyone"
          options={(people.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={filter.personIds ?? []}
          onChange={(v) => set({ personIds: v })}
        />
        <MultiSelect
          label="Platforms"
          allText="All platforms"
          options={PLATFORM_KEYS.map((p) => ({ value: p, label: platformName(p) }))}
          value={filter.platforms ?? []}
          onChange={(v) => set({ platforms: v })}
        />
        <MultiSelect
          label="Categories"
          allText="All categories"
          options={[
            ...(categories.data ?? []).map((c) => ({
              value: c.key,
              label: c.name,
              colour: categoryColour(c.key, c.colour, palette),
            })),
            { value: 'none', label: 'No category (neutral)', colour: palette.neutral },
          ]}
          value={filter.categories ?? []}
          onChange={(v) => set({ categories: v })}
        />
        <MultiSelect
          label="Severity"
          allText="Any severity"
          options={SEVERITIES.map((s) => ({ value: s.value, label: `${s.short} ${s.name}`, hint: s.hint }))}
          value={filter.severities ?? []}
          onChange={(v) => set({ severities: [...v].sort() })}
        />
        <MultiSelect
          label="Review"
          allText="Any status"
          options={STATUS_KEYS.map((s) => ({ value: s, label: statusName(s) }))}
          value={filter.reviewStatus ?? []}
          onChange={(v) => set({ reviewStatus: v })}
        />
        {showAbusive ? (
          <label className="filter-check">
            <input
              type="checkbox"
              checked={filter.abusiveOnly ?? false}
              onChange={(e) => set({ abusiveOnly: e.target.checked })}
            />
            Abusive posts only
          </label>
        ) : null}
        {!isBlank({ ...filter, query: undefined }) ? (
          <button
            type="button"
            className="btn btn-small filter-clear"
            onClick={() => onChange(filter.query ? { query: filter.query } : {})}
          >
            Clear filters
          </button>
        ) : null}
      </div>
      {filter.from && filter.to && preset === 'custom' ? (
        <p className="filter-note">
          Showing {formatDate(filter.from)}
          {filter.from.length > 10 ? ` ${filter.from.slice(11)}` : ''} to {formatDate(filter.to)}
          {filter.to.length > 10 ? ` ${filter.to.slice(11)}` : ''} (UTC).
        </p>
      ) : null}
    </section>
  );
}
