/**
 * Which detected campaigns each post in the pack belongs to, named in words ("Pile-on on X aimed at
 * Jane Smith, 3–5 Mar 2025"). Campaign detection may not have run in a given database (or be an older
 * schema without its tables), so this looks for the tables first and returns nothing when absent.
 */
import type { DB } from '../../db/connection';

function hasTable(db: DB, name: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
}

const KIND_WORDS: Record<string, string> = {
  coposting: 'Coordinated posting',
  hashtag: 'Hashtag campaign',
  link: 'Link sharing',
  pileon: 'Pile-on',
};

interface Row {
  post_id: number;
  kind: string;
  label: string;
  platform: string | null;
  person: string | null;
  start_at: string;
  end_at: string;
}

export function campaignName(r: Omit<Row, 'post_id'>): string {
  const what = KIND_WORDS[r.kind] ?? r.kind;
  const label = r.label ? ` “${r.label}”` : '';
  const who = r.person ? ` aimed at ${r.person}` : '';
  const when =
    r.start_at.slice(0, 10) === r.end_at.slice(0, 10)
      ? r.start_at.slice(0, 10)
      : `${r.start_at.slice(0, 10)} to ${r.end_at.slice(0, 10)}`;
  return `${what}${label}${who}, ${when}`;
}

/** Post id → names of the campaigns it is part of, for the posts in temp.pack_sel. */
export function campaignsForPosts(db: DB): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (!hasTable(db, 'campaign_posts') || !hasTable(db, 'campaigns')) return out;
  const rows = db
    .prepare(
      `SELECT cp.post_id, c.kind, c.label, c.platform, pe.name AS person, c.start_at, c.end_at
       FROM temp.pack_sel s JOIN campaign_posts cp ON cp.post_id = s.post_id
       JOIN campaigns c ON c.id = cp.campaign_id LEFT JOIN people pe ON pe.id = c.person_id
       ORDER BY cp.post_id, c.start_at, c.kind, c.label, c.id`,
    )
    .all() as Row[];
  for (const r of rows) {
    const name = campaignName(r);
    const list = out.get(r.post_id);
    if (!list) out.set(r.post_id, [name]);
    else if (!list.includes(name)) list.push(name);
  }
  return out;
}
