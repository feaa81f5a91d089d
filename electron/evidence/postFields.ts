/** One post's facts in words, shared by the HTML and PDF reports so both say exactly the same. */
import { lawNotesFor, type LawNote } from './law';
import { authorKey } from './summary';
import { bothTimes, londonText, utcText } from './timefmt';
import type { PackImport, PackPost } from './types';

const ACTION_WORDS: Record<string, string> = {
  confirm: 'confirmed as abuse',
  reject: 'marked not abuse',
  escalate: 'escalated',
  recategorise: 'category changed',
  note: 'note',
  undo: 'undone',
  decide: 'decided',
};

export const STATUS_WORDS: Record<string, string> = {
  unreviewed: 'Not reviewed yet',
  confirmed: 'Confirmed as abuse',
  rejected: 'Not abuse (reviewer)',
  escalated: 'Escalated',
};

export const PLATFORM_NAMES: Record<string, string> = {
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  reddit: 'Reddit',
};

export const platformName = (p: string) => PLATFORM_NAMES[p] ?? p;

export function importText(p: PackPost, imports: Map<number, PackImport>): string {
  const imp = p.importId !== null ? imports.get(p.importId) : undefined;
  if (!imp) return 'Not from an imported file (demo or generated data)';
  return `${utcText(imp.importedAt)} from “${imp.fileName}”${imp.fileSha256 ? ` (file SHA-256 ${imp.fileSha256})` : ''}`;
}

export function labelsText(p: PackPost): string {
  if (!p.labels.length) return 'None';
  return p.labels
    .map(
      (l) =>
        `${l.categoryName} (S${l.severity}, ${l.source === 'human' ? 'set by a reviewer' : `automatic ${l.source}, score ${l.score.toFixed(2)}`})`,
    )
    .join('; ');
}

export function decisionText(p: PackPost): string {
  const last = p.reviews.findLast((r) => r.action !== 'note');
  const status = STATUS_WORDS[p.reviewStatus] ?? p.reviewStatus;
  if (!last) return status;
  return `${status} — ${ACTION_WORDS[last.action] ?? last.action} by ${last.reviewer}, ${utcText(last.at)}`;
}

export function notesText(p: PackPost): string[] {
  const out = p.reviews.filter((r) => r.note).map((r) => `${r.reviewer}, ${utcText(r.at)}: ${r.note}`);
  if (p.addedToCase?.note)
    out.push(
      `Added to case by ${p.addedToCase.by ?? 'staff'}, ${utcText(p.addedToCase.at)}: ${p.addedToCase.note}`,
    );
  return out;
}

export interface Field {
  label: string;
  value: string;
  /** Shown in a fixed-width face (ids, hashes, URLs). */
  mono?: boolean;
}

export function postFields(p: PackPost, imports: Map<number, PackImport>): Field[] {
  const fields: Field[] = [
    { label: 'Platform', value: platformName(p.platform) },
    { label: 'Post id', value: p.platformPostId, mono: true },
    { label: 'URL', value: p.url ?? 'Not recorded', mono: !!p.url },
    {
      label: 'Author',
      value: `${p.authorHandle ? `@${p.authorHandle}` : 'unknown handle'}${p.authorName ? ` — ${p.authorName}` : ''}`,
    },
    { label: 'Author id', value: p.authorId ?? 'Not recorded', mono: !!p.authorId },
    { label: 'Posted (UTC)', value: utcText(p.createdAt) },
    { label: 'Posted (UK time)', value: londonText(p.createdAt) },
  ];
  if (p.replyToPostId) fields.push({ label: 'In reply to post', value: p.replyToPostId, mono: true });
  if (p.mentions.length) fields.push({ label: 'Aimed at', value: p.mentions.join(', ') });
  fields.push(
    { label: 'Categories', value: labelsText(p) },
    { label: 'Severity', value: `S${p.severity}${p.topCategoryName ? ` — ${p.topCategoryName}` : ''}` },
    { label: 'Reviewer decision', value: decisionText(p) },
  );
  for (const n of notesText(p)) fields.push({ label: 'Note', value: n });
  if (p.campaigns.length) fields.push({ label: 'Campaigns', value: p.campaigns.join('; ') });
  fields.push({ label: 'Imported', value: importText(p, imports) });
  if (p.addedToCase)
    fields.push({
      label: 'Added to case',
      value: `${bothTimes(p.addedToCase.at)} by ${p.addedToCase.by ?? 'staff'}`,
    });
  return fields;
}

/** The law notes a post carries: threats, harassment and related categories, and repeat authors. */
export function postLawNotes(p: PackPost, repeatAuthors: Set<string>): LawNote[] {
  if (!p.abusive) return [];
  const cats = [...new Set([p.topCategory, ...p.labels.map((l) => l.category)].filter(Boolean))] as string[];
  // Mere rudeness (S1) from a repeat author is not put forward as a course of conduct.
  return lawNotesFor(cats, p.severity >= 2 && repeatAuthors.has(authorKey(p)));
}
