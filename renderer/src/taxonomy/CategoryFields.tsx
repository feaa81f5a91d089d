/** Fields shared by the add-category form and the category editor. */
import { SelectField } from '../components/SelectField';
import { SEVERITIES } from './severity';

export function ColourField({
  id,
  colour,
  onChange,
}: {
  id: string;
  colour: string;
  onChange: (c: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`${id}-colour`}>Colour</label>
      <span className="colour-field">
        <input
          id={`${id}-colour`}
          type="color"
          value={colour.toLowerCase()}
          onChange={(e) => onChange(e.target.value.toUpperCase())}
        />
        <code>{colour.toUpperCase()}</code>
      </span>
    </div>
  );
}

/** Default severity; a "not abuse" category is always S0 and the control says so. */
export function SeverityField({
  id,
  severity,
  isAbuse,
  onChange,
}: {
  id: string;
  severity: number;
  isAbuse: boolean;
  onChange: (s: number) => void;
}) {
  return (
    <SelectField
      id={`${id}-sev`}
      label="Default severity"
      value={String(isAbuse ? severity : 0)}
      disabled={!isAbuse}
      options={SEVERITIES.map((s) => ({ value: String(s.value), label: `${s.short} · ${s.name}` }))}
      onChange={(v) => onChange(Number(v))}
      hint={isAbuse ? `${SEVERITIES[severity]?.hint ?? ''}.` : 'Not abuse: always S0.'}
    />
  );
}
