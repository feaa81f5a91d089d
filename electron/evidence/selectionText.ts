/**
 * How a case's or pack's posts were chosen, in words, for the report ("Posts mentioning Jane Smith,
 * from 2025-03-01 to 2025-03-31, in Threats, matching “traitor”"). An officer reading the pack needs
 * to know whether it is every relevant post or a hand-picked few.
 */
import type { DB } from '../../db/connection';
import type { PostFilter } from '../api/filters';

function names(db: DB, sql: string, ids: (number | string)[]): string[] {
  const stmt = db.prepare(sql).pluck();
  return ids.map((id) => (stmt.get(id) as string | undefined) ?? String(id));
}

export function describeFilter(db: DB, f: PostFilter): string {
  const parts: string[] = [];
  if (f.personIds?.length)
    parts.push(`mentioning ${names(db, 'SELECT name FROM people WHERE id = ?', f.personIds).join(' or ')}`);
  if (f.from && f.to) parts.push(`from ${f.from} to ${f.to} (UTC, inclusive)`);
  else if (f.from) parts.push(`from ${f.from} (UTC)`);
  else if (f.to) parts.push(`up to ${f.to} (UTC, inclusive)`);
  if (f.platforms?.length) parts.push(`on ${f.platforms.join(', ')}`);
  if (f.categories?.length)
    parts.push(
      `in ${names(
        db,
        'SELECT name FROM categories WHERE key = ?',
        f.categories.filter((c) => c !== 'none'),
      )
        .concat(f.categories.includes('none') ? ['no category'] : [])
        .join(', ')}`,
    );
  if (f.severities?.length) parts.push(`severity ${f.severities.map((s) => `S${s}`).join(', ')}`);
  if (f.reviewStatus?.length) parts.push(`review status ${f.reviewStatus.join(', ')}`);
  if (f.accountId !== undefined) {
    const a = db.prepare('SELECT platform, handle FROM accounts WHERE id = ?').get(f.accountId) as
      { platform: string; handle: string | null } | undefined;
    parts.push(`by ${a ? `${a.platform} account @${a.handle ?? '?'}` : `account ${f.accountId}`}`);
  }
  if (f.importId !== undefined) parts.push(`from import ${f.importId}`);
  if (f.abusiveOnly) parts.push('abusive only');
  if (f.reposts === 'exclude') parts.push('reposts left out');
  if (f.reposts === 'only') parts.push('reposts only');
  if (f.query) parts.push(`matching the search “${f.query}”`);
  return parts.length ? `Every post ${parts.join(', ')}` : 'Every post in the database';
}

/** A stored selection (JSON of a filter, or text) in words; null when the posts were picked by hand. */
export function describeSelection(db: DB, stored: string | null): string | null {
  if (!stored) return null;
  try {
    const v = JSON.parse(stored) as unknown;
    if (v && typeof v === 'object' && 'filter' in v)
      return describeFilter(db, (v as { filter: PostFilter }).filter);
    if (typeof v === 'string') return v;
  } catch {
    return stored;
  }
  return null;
}
