/**
 * Date presets. "Latest 7 days" means the seven UTC days up to the newest post we hold, not up to
 * today: an archive imported last month should not open on an empty chart. The chosen preset is stored
 * in the URL as the explicit dates, so a shared link shows the same days tomorrow.
 */
export interface Preset {
  id: string;
  label: string;
  days: number | null;
}

export const PRESETS: Preset[] = [
  { id: 'all', label: 'All dates', days: null },
  { id: '1', label: 'Latest day', days: 1 },
  { id: '7', label: 'Latest 7 days', days: 7 },
  { id: '30', label: 'Latest 30 days', days: 30 },
  { id: '90', label: 'Latest 90 days', days: 90 },
];

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The from/to of a preset, ending on `lastDay` (the newest post's day). */
export function presetRange(p: Preset, lastDay: string | null): { from?: string; to?: string } {
  if (p.days === null || !lastDay) return {};
  return { from: addDays(lastDay, -(p.days - 1)), to: lastDay };
}

/** Which preset a range is ('custom' if none). */
export function presetOf(from: string | undefined, to: string | undefined, lastDay: string | null): string {
  if (!from && !to) return 'all';
  for (const p of PRESETS) {
    const r = presetRange(p, lastDay);
    if (p.days !== null && r.from === from && r.to === to) return p.id;
  }
  return 'custom';
}
