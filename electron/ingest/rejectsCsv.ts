/** Rejected records as CSV (line, reason, raw record), so staff can fix and re-import them. */
export function rejectsToCsv(rows: { line: number | null; reason: string; raw: string | null }[]): string {
  const cell = (v: string | number | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return (
    ['line,reason,record', ...rows.map((r) => [r.line, r.reason, r.raw].map(cell).join(','))].join('\r\n') +
    '\r\n'
  );
}
