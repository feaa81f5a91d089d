/** Severity S0–S4 in plain words, the same everywhere it is shown or chosen. */
export const SEVERITIES = [
  { value: 0, short: 'S0', name: 'Not counted', hint: 'Not counted as abuse' },
  { value: 1, short: 'S1', name: 'Low', hint: 'Incivility, swearing' },
  { value: 2, short: 'S2', name: 'Moderate', hint: 'Insults, abuse of a party' },
  { value: 3, short: 'S3', name: 'Serious', hint: 'Hate, dehumanisation, private information' },
  { value: 4, short: 'S4', name: 'Urgent', hint: 'Threats, encouraging self-harm: listed on Urgent' },
] as const;

export function severityShort(n: number): string {
  return SEVERITIES[n]?.short ?? `S${n}`;
}

/** 'S3 · Serious' */
export function severityLabel(n: number): string {
  const s = SEVERITIES[n];
  return s ? `${s.short} · ${s.name}` : `S${n}`;
}
