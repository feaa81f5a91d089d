/** Plain words for case statuses, reference kinds and timeline events. */
import type { CaseRefKind, CaseStatus } from '../../../electron/api/types';

export const STATUS_ORDER: CaseStatus[] = ['open', 'reported_platform', 'referred_police', 'closed'];

export const STATUS_LABEL: Record<CaseStatus, string> = {
  open: 'Open',
  reported_platform: 'Reported to platform',
  referred_police: 'Referred to police',
  closed: 'Closed',
};

export const REF_LABEL: Record<CaseRefKind, string> = {
  platform: 'Platform report',
  police: 'Police reference',
  other: 'Other reference',
};

/** Which reference a status step usually comes with. */
export const STATUS_REF: Partial<Record<CaseStatus, CaseRefKind>> = {
  reported_platform: 'platform',
  referred_police: 'police',
};

/** A time as people read it: '4 Mar 2025, 14:05' in the user's own time zone. */
export function whenText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** 'YYYY-MM-DD' → '4 Mar 2025' (dates of reports and referrals carry no time). */
export function dayText(day: string | null): string {
  if (!day) return '';
  const d = new Date(`${day}T12:00:00Z`);
  return Number.isNaN(d.getTime())
    ? day
    : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}
