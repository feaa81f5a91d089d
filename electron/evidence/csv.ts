/**
 * posts.csv: one row per post with the report's fields (RFC 4180, UTF-8 with a byte-order mark so
 * spreadsheet programs read accents and non-Latin text correctly). A cell that starts with = + - @ or
 * a tab would run as a formula in a spreadsheet; such cells get a leading apostrophe. The exact text
 * is always in posts.jsonl and report.html.
 */
import { decisionText, importText, labelsText, notesText } from './postFields';
import { londonText, utcText } from './timefmt';
import type { PackData } from './types';

export const CSV_COLUMNS = [
  'number',
  'platform',
  'post_id',
  'url',
  'author_handle',
  'author_display_name',
  'author_id',
  'posted_utc',
  'posted_uk',
  'text',
  'language',
  'in_reply_to',
  'aimed_at',
  'category',
  'severity',
  'abusive',
  'categories_all',
  'review_status',
  'reviewer_decision',
  'notes',
  'campaigns',
  'imported',
  'import_file',
  'import_file_sha256',
  'raw_sha256',
] as const;

function cell(v: string | number | boolean | null): string {
  let s = v === null ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function renderCsv(data: PackData, rawHashes: string[]): string {
  const imports = new Map(data.imports.map((i) => [i.id, i]));
  const lines = [CSV_COLUMNS.join(',')];
  data.posts.forEach((p, i) => {
    const imp = p.importId !== null ? imports.get(p.importId) : undefined;
    lines.push(
      [
        i + 1,
        p.platform,
        p.platformPostId,
        p.url,
        p.authorHandle,
        p.authorName,
        p.authorId,
        utcText(p.createdAt),
        londonText(p.createdAt),
        p.text,
        p.lang,
        p.replyToPostId,
        p.mentions.join('; '),
        p.topCategory,
        `S${p.severity}`,
        p.abusive ? 'yes' : 'no',
        labelsText(p),
        p.reviewStatus,
        decisionText(p),
        notesText(p).join(' | '),
        p.campaigns.join('; '),
        importText(p, imports),
        imp?.fileName ?? null,
        imp?.fileSha256 ?? null,
        rawHashes[i] ?? '',
      ]
        .map(cell)
        .join(','),
    );
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
