/**
 * Times as evidence states them: UTC (what platforms record) and UK local time (what a victim or an
 * officer reads), with the zone named (GMT or BST) so nobody has to work out daylight saving.
 */
const london = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
});

/** '2025-03-01T12:00:00.000Z' → '2025-03-01 12:00:00 UTC' (input left as is if unparseable). */
export function utcText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** '2025-07-01T12:00:00.000Z' → '2025-07-01 13:00:00 BST'. */
export function londonText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(london.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second} ${parts.timeZoneName}`;
}

export function bothTimes(iso: string): string {
  return `${utcText(iso)} (${londonText(iso)})`;
}

/** The calendar day (UTC) of an ISO time. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}
