/** 'S4' in a pill whose weight grows with severity; the full meaning is in its tooltip and for screen readers. */
import { SEVERITIES, severityShort } from '../taxonomy/severity';

export function SeverityPill({ severity }: { severity: number }) {
  const s = SEVERITIES[severity];
  return (
    <span className={`sev-pill sev-${severity}`} title={s ? `${s.short}: ${s.name}. ${s.hint}` : undefined}>
      {severityShort(severity)}
      {s ? <span className="sr-only"> {s.name}</span> : null}
    </span>
  );
}
