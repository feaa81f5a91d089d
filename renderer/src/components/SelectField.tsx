/** A labelled drop-down in the house form layout: one place for the label/select/hint wiring. */
import type { ReactNode } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  /** An extra first option, e.g. "All roles" with value ''. */
  emptyOption?: string;
  className?: string;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        className={props.className}
        value={props.value}
        disabled={props.disabled}
        aria-describedby={hintId}
        onChange={(e) => props.onChange(e.target.value)}
      >
        {props.emptyOption !== undefined ? <option value="">{props.emptyOption}</option> : null}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {props.hint ? (
        <span className="field-hint" id={hintId}>
          {props.hint}
        </span>
      ) : null}
    </div>
  );
}
