/** A case timeline event in plain words, for the report. */
import type { CaseEventRow } from '../../db/caseEvents';

export const STATUS_WORDS: Record<string, string> = {
  open: 'open',
  reported_platform: 'reported to platform',
  referred_police: 'referred to police',
  closed: 'closed',
};

/** Capitalised, for headings and the cover. */
export const STATUS_TITLES: Record<string, string> = {
  open: 'Open',
  reported_platform: 'Reported to platform',
  referred_police: 'Referred to police',
  closed: 'Closed',
};

const REF_WORDS: Record<string, string> = {
  platform: 'Platform report',
  police: 'Police reference',
  other: 'Reference',
};

function detailOf(e: CaseEventRow): Record<string, unknown> {
  try {
    const d = JSON.parse(e.detail) as unknown;
    return d && typeof d === 'object' ? (d as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export function describeEvent(e: CaseEventRow): string {
  const d = detailOf(e);
  const on = e.dated ? ` on ${e.dated}` : '';
  const refKind = typeof d.refKind === 'string' ? d.refKind : 'other';
  const platform = typeof d.platform === 'string' && d.platform ? ` (${d.platform})` : '';
  const ref = e.reference ? `; ${REF_WORDS[refKind] ?? 'Reference'}${platform} ${e.reference}` : '';
  const note = e.body ? ` — “${e.body}”` : '';
  const count = typeof d.count === 'number' ? d.count : 0;
  switch (e.kind) {
    case 'created':
      return `Case opened: “${e.body ?? ''}”`;
    case 'status':
      return `Status changed from ${STATUS_WORDS[e.status_from ?? ''] ?? e.status_from} to ${STATUS_WORDS[e.status_to ?? ''] ?? e.status_to}${on}${ref}${note}`;
    case 'reference':
      return `${REF_WORDS[refKind] ?? 'Reference'}${platform} ${e.reference ?? ''} recorded${on}`;
    case 'note':
      return `Note: ${e.body ?? ''}`;
    case 'posts_added':
      return `${count} post${count === 1 ? '' : 's'} added${note}`;
    case 'posts_removed':
      return `${count} post${count === 1 ? '' : 's'} taken out${note}`;
    case 'edited':
      return `Case details edited (${Object.keys((d.changes as object | undefined) ?? {}).join(', ')})`;
    case 'exported':
      return 'Evidence pack exported';
  }
}
