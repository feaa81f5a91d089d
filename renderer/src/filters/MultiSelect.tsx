/**
 * A compact "pick several" control: a button showing what is chosen, opening a panel of checkboxes.
 * Closes on Escape, on a click outside and when focus leaves it; changes apply as each box is ticked.
 */
import { useEffect, useId, useRef, useState } from 'react';

export interface Option<V extends string | number> {
  value: V;
  label: string;
  hint?: string;
  /** A colour swatch beside the label (categories). */
  colour?: string;
}

interface Props<V extends string | number> {
  label: string;
  /** What the button says when nothing is chosen, e.g. "All people". */
  allText: string;
  options: Option<V>[];
  value: V[];
  onChange: (value: V[]) => void;
  disabled?: boolean;
}

export function MultiSelect<V extends string | number>({
  label,
  allText,
  options,
  value,
  onChange,
  disabled,
}: Props<V>) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  const chosen = options.filter((o) => value.includes(o.value));
  const summary =
    chosen.length === 0
      ? allText
      : chosen.length <= 2
        ? chosen.map((o) => o.label).join(', ')
        : `${chosen.length} chosen`;
  const toggle = (v: V) => onChange(value.includes(v) ? value.filter((x) => x !== v) : [...value, v]);

  return (
    <div
      className="multi"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <span className="multi-label" id={`${id}-label`}>
        {label}
      </span>
      <button
        ref={button}
        type="button"
        className={`multi-button${chosen.length ? ' is-set' : ''}`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-labelledby={`${id}-label ${id}-value`}
        disabled={disabled}
        onClick={() => setOpen(!open)}
      >
        <span id={`${id}-value`}>{summary}</span>
        <span aria-hidden="true" className="multi-caret">
          ▾
        </span>
      </button>
      {open ? (
        <div className="multi-panel" id={`${id}-panel`} role="group" aria-labelledby={`${id}-label`}>
          {options.length === 0 ? <p className="muted">Nothing to choose from yet.</p> : null}
          {options.map((o) => (
            <label key={String(o.value)} className="multi-option">
              <input type="checkbox" checked={value.includes(o.value)} onChange={() => toggle(o.value)} />
              {o.colour ? (
                <span className="swatch" style={{ background: o.colour }} aria-hidden="true" />
              ) : null}
              <span>
                {o.label}
                {o.hint ? <span className="multi-hint"> {o.hint}</span> : null}
              </span>
            </label>
          ))}
          {value.length ? (
            <button type="button" className="btn-link multi-clear" onClick={() => onChange([])}>
              Clear ({allText.toLowerCase()})
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
