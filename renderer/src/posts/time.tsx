/**
 * Times of posts and imports. Stored and quoted in UTC (evidence needs one unambiguous clock); shown in
 * the reader's own time zone, with the UTC time on hover for anyone writing it down.
 */
const localFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const utcFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'UTC',
});

function parse(iso: string): Date | null {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** '2024-03-04T09:41:12.000Z' → '4 Mar 2024, 09:41' in the reader's time zone. */
export function localTime(iso: string): string {
  const d = parse(iso);
  return d ? localFmt.format(d) : iso;
}

const clockFmt = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** Today's times as '14:02'; other days as localTime. */
export function shortTime(iso: string): string {
  const d = parse(iso);
  if (!d) return iso;
  return d.toDateString() === new Date().toDateString() ? clockFmt.format(d) : localFmt.format(d);
}

/** '2024-03-04T09:41:12.000Z' → '4 Mar 2024, 09:41:12 UTC'. */
export function utcTime(iso: string): string {
  const d = parse(iso);
  return d ? `${utcFmt.format(d)} UTC` : iso;
}

/** A local time that shows the exact UTC time on hover. */
export function LocalTime({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={utcTime(iso)}>
      {localTime(iso)}
    </time>
  );
}
