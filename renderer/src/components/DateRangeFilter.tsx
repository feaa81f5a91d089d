/** From/To day pickers for the dashboard. The values live in the URL (?from=&to=) so views can be shared. */
import { useId } from 'react';

interface Props {
  from: string;
  to: string;
  onChange: (range: { from: string; to: string }) => void;
}

export function DateRangeFilter({ from, to, onChange }: Props) {
  const id = useId();
  return (
    <div className="date-range" role="group" aria-label="Date range (UTC)">
      <div className="field">
        <label htmlFor={`${id}-from`}>From</label>
        <input
          id={`${id}-from`}
          type="date"
          value={from}
          max={to || undefined}
          onChange={(e) => onChange({ from: e.target.value, to })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          value={to}
          min={from || undefined}
          onChange={(e) => onChange({ from, to: e.target.value })}
        />
      </div>
      {from || to ? (
        <button type="button" className="btn" onClick={() => onChange({ from: '', to: '' })}>
          Show all dates
        </button>
      ) : null}
    </div>
  );
}
