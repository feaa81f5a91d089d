/**
 * The column-matching step for a CSV or NDJSON file Bulwark does not recognise: for each Bulwark field,
 * which of the file's columns holds it. Our guesses are preselected; the user checks and completes
 * them. The server remembers the answer for files with the same columns.
 */
import { useId } from 'react';
import { platformName } from '../format';
import { FIELD_TEXT, MAIN_FIELDS, PLATFORMS, fieldLabel, requiredFields } from './labels';
import type { QueuedFile } from './importStore';
import { missingChoices, useImportStore } from './importStore';

export function MappingForm({ item }: { item: QueuedFile }) {
  const id = useId();
  const setMapping = useImportStore((s) => s.setMapping);
  const setPlatform = useImportStore((s) => s.setPlatform);
  const preview = item.preview;
  if (!preview) return null;

  const header = preview.header ?? [];
  const keys = Object.keys(preview.fields);
  const required = requiredFields(preview.fields);
  const main = keys.filter((k) => required.includes(k) || MAIN_FIELDS.includes(k));
  const more = keys.filter((k) => !main.includes(k));
  const missing = missingChoices(item);
  const flag = (field: string) => item.showMissing && missing.includes(field);
  const moreChosen = more.filter((k) => item.mapping[k]).length;

  const row = (field: string) => {
    const isRequired = required.includes(field);
    const hint = FIELD_TEXT[field]?.hint;
    const selectId = `${id}-field-${field}`;
    return (
      <div className="imp-map-row" key={field}>
        <label htmlFor={selectId}>
          {fieldLabel(field, preview.fields[field])}
          {isRequired ? <span className="imp-required"> (required)</span> : null}
        </label>
        <select
          id={selectId}
          value={item.mapping[field] ?? ''}
          aria-invalid={(isRequired && flag(field)) || undefined}
          aria-describedby={hint ? `${selectId}-hint` : undefined}
          onChange={(e) => setMapping(item.key, field, e.target.value)}
        >
          <option value="">{isRequired ? 'Choose a column…' : 'Not in this file'}</option>
          {header.map((col) => (
            <option key={col} value={col}>
              {col}
            </option>
          ))}
        </select>
        {hint ? (
          <span className="field-hint" id={`${selectId}-hint`}>
            {hint}
          </span>
        ) : (
          <span />
        )}
      </div>
    );
  };

  // Without a platform column, every post needs one platform, chosen here (never guessed for the user).
  const platformPicker = item.mapping.platform ? null : (
    <div className="imp-map-row imp-map-platform" key="platform-picker">
      <label htmlFor={`${id}-all-platform`}>
        Platform of all posts<span className="imp-required"> (required)</span>
      </label>
      <select
        id={`${id}-all-platform`}
        value={item.platform}
        aria-invalid={flag('platform') || undefined}
        aria-describedby={`${id}-all-platform-hint`}
        onChange={(e) => setPlatform(item.key, e.target.value)}
      >
        <option value="">Choose a platform…</option>
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {platformName(p)}
          </option>
        ))}
      </select>
      <span className="field-hint" id={`${id}-all-platform-hint`}>
        No column names the platform, so say where these posts come from
      </span>
    </div>
  );

  return (
    <fieldset className="imp-mapping">
      <legend>Match the columns of {item.name}</legend>
      <p className="imp-mapping-intro">
        Bulwark does not recognise this file’s layout, so tell it which column holds what. Our guesses are
        filled in: check them. Bulwark remembers your choices for files with the same columns.
      </p>
      <p className="imp-mapping-columns">
        <span className="muted">Columns in this file:</span> {header.join(', ')}
      </p>
      <div className="imp-map-grid">
        {main.map((field) => (field === 'platform' ? [row(field), platformPicker] : row(field)))}
        {keys.includes('platform') ? null : platformPicker}
      </div>
      {more.length ? (
        <details className="imp-map-more">
          <summary>
            More optional columns ({more.length}){moreChosen ? `, ${moreChosen} matched` : ''}
          </summary>
          <div className="imp-map-grid">{more.map(row)}</div>
        </details>
      ) : null}
      {item.showMissing && missing.length ? (
        <p className="imp-map-missing" role="alert">
          Still needed before this file can be imported:{' '}
          {missing
            .map((f) => (f === 'platform' ? 'the platform' : fieldLabel(f, preview.fields[f]).toLowerCase()))
            .join(', ')}
          .
        </p>
      ) : null}
    </fieldset>
  );
}
