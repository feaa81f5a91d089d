/**
 * Reads everything a pack needs from the database in a handful of set-based queries (a 10,000-post pack
 * must not cost 10,000 round trips per table). The chosen posts go into a temporary table that every
 * query joins; nothing outside the TEMP schema is written.
 */
import { listCaseEvents } from '../../db/caseEvents';
import { getCase, listCaseRefs } from '../../db/cases';
import type { DB } from '../../db/connection';
import { APP_VERSION } from '../version';
import { campaignsForPosts } from './campaigns';
import { describeSelection } from './selectionText';
import { cmp } from './summary';
import { describeEvent } from './timelineText';
import type { PackCase, PackCategory, PackData, PackImport, PackPost } from './types';

interface Selected {
  postId: number;
  addedAt: string | null;
  addedBy: string | null;
  note: string | null;
}

function loadSelection(db: DB, selected: Selected[]): void {
  db.exec(
    'CREATE TEMP TABLE IF NOT EXISTS pack_sel (post_id INTEGER PRIMARY KEY, added_at TEXT, added_by TEXT, note TEXT)',
  );
  db.exec('DELETE FROM temp.pack_sel');
  const insert = db.prepare('INSERT OR IGNORE INTO temp.pack_sel VALUES (?, ?, ?, ?)');
  db.transaction(() => {
    for (const s of selected) insert.run(s.postId, s.addedAt, s.addedBy, s.note);
  })();
}

interface PostRow {
  id: number;
  platform: string;
  platform_post_id: string;
  url: string | null;
  created_at: string;
  lang: string | null;
  text: string;
  handle: string | null;
  display_name: string | null;
  platform_user_id: string | null;
  reply_to_post_id: string | null;
  abusive: number;
  severity: number;
  top_category: string | null;
  review_status: string;
  import_id: number | null;
  raw: string;
  raw_sha256: string;
  added_at: string | null;
  added_by: string | null;
  note: string | null;
}

function groupBy<T extends { post_id: number }>(rows: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const r of rows) {
    const list = m.get(r.post_id);
    if (list) list.push(r);
    else m.set(r.post_id, [r]);
  }
  return m;
}

function readPosts(db: DB, categories: Map<string, PackCategory>): PackPost[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.platform, p.platform_post_id, p.url, p.created_at, p.lang, p.text, a.handle, a.display_name,
              a.platform_user_id, p.reply_to_post_id, p.abusive, p.severity, p.top_category, p.review_status,
              p.import_id, p.raw, p.raw_sha256, s.added_at, s.added_by, s.note
       FROM temp.pack_sel s JOIN posts p ON p.id = s.post_id LEFT JOIN accounts a ON a.id = p.account_id
       ORDER BY p.created_at, p.id`,
    )
    .all() as PostRow[];
  const labels = groupBy(
    db
      .prepare(
        `SELECT l.post_id, l.category_key, l.source, l.score, l.severity, l.classifier_version
         FROM labels l JOIN temp.pack_sel s ON s.post_id = l.post_id
         ORDER BY l.post_id, (l.source = 'human') DESC, l.severity DESC, l.score DESC, l.id`,
      )
      .all() as {
      post_id: number;
      category_key: string;
      source: 'rule' | 'model' | 'human';
      score: number;
      severity: number;
      classifier_version: string;
    }[],
  );
  const reviews = groupBy(
    db
      .prepare(
        `SELECT r.post_id, r.created_at, r.reviewer, r.action, r.status, r.category_key, r.note
         FROM reviews r JOIN temp.pack_sel s ON s.post_id = r.post_id ORDER BY r.post_id, r.id`,
      )
      .all() as {
      post_id: number;
      created_at: string;
      reviewer: string;
      action: string;
      status: string;
      category_key: string | null;
      note: string | null;
    }[],
  );
  const mentions = groupBy(
    db
      .prepare(
        `SELECT DISTINCT m.post_id, pe.name FROM mentions m JOIN temp.pack_sel s ON s.post_id = m.post_id
         JOIN people pe ON pe.id = m.person_id ORDER BY m.post_id, pe.name`,
      )
      .all() as { post_id: number; name: string }[],
  );
  const campaigns = campaignsForPosts(db);
  const catName = (k: string | null) => (k ? (categories.get(k)?.name ?? k) : null);
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    platformPostId: r.platform_post_id,
    url: r.url,
    createdAt: r.created_at,
    lang: r.lang,
    text: r.text,
    authorHandle: r.handle,
    authorName: r.display_name,
    authorId: r.platform_user_id,
    replyToPostId: r.reply_to_post_id,
    abusive: r.abusive === 1,
    severity: r.severity,
    topCategory: r.top_category,
    topCategoryName: catName(r.top_category),
    reviewStatus: r.review_status,
    labels: (labels.get(r.id) ?? []).map((l) => ({
      category: l.category_key,
      categoryName: catName(l.category_key) ?? l.category_key,
      source: l.source,
      score: l.score,
      severity: l.severity,
      classifierVersion: l.classifier_version,
    })),
    reviews: (reviews.get(r.id) ?? []).map((v) => ({
      at: v.created_at,
      reviewer: v.reviewer,
      action: v.action,
      status: v.status,
      category: v.category_key,
      note: v.note,
    })),
    mentions: (mentions.get(r.id) ?? []).map((m) => m.name),
    importId: r.import_id,
    addedToCase: r.added_at ? { at: r.added_at, by: r.added_by, note: r.note } : null,
    raw: r.raw,
    storedRawSha256: r.raw_sha256,
    campaigns: campaigns.get(r.id) ?? [],
  }));
}

function readCategories(db: DB): Map<string, PackCategory> {
  const rows = db
    .prepare('SELECT key, name, colour, is_abuse, default_severity FROM categories ORDER BY sort_order, key')
    .all() as { key: string; name: string; colour: string; is_abuse: number; default_severity: number }[];
  return new Map(
    rows.map((c) => [
      c.key,
      { key: c.key, name: c.name, colour: c.colour, isAbuse: c.is_abuse === 1, severity: c.default_severity },
    ]),
  );
}

function readImports(db: DB): PackImport[] {
  return (
    db
      .prepare(
        `SELECT i.id, i.file_name, i.file_sha256, i.started_at, i.format FROM imports i
         WHERE i.id IN (SELECT p.import_id FROM temp.pack_sel s JOIN posts p ON p.id = s.post_id)
         ORDER BY i.id`,
      )
      .all() as {
      id: number;
      file_name: string;
      file_sha256: string | null;
      started_at: string;
      format: string | null;
    }[]
  ).map((i) => ({
    id: i.id,
    fileName: i.file_name,
    fileSha256: i.file_sha256,
    importedAt: i.started_at,
    format: i.format,
  }));
}

function assemble(db: DB, kase: PackCase, preparedBy: string): PackData {
  const categories = readCategories(db);
  const posts = readPosts(db, categories);
  const versions = new Set<string>();
  for (const p of posts)
    for (const l of p.labels) if (l.source !== 'human') versions.add(l.classifierVersion);
  const campaignRows = new Map<string, { posts: number; accounts: Set<string> }>();
  for (const p of posts)
    for (const c of p.campaigns) {
      const entry = campaignRows.get(c) ?? { posts: 0, accounts: new Set<string>() };
      entry.posts++;
      entry.accounts.add(`${p.platform}:${p.authorId ?? p.authorHandle ?? '?'}`);
      campaignRows.set(c, entry);
    }
  return {
    case: kase,
    preparedBy,
    posts,
    categories: [...categories.values()],
    imports: readImports(db),
    campaigns: [...campaignRows]
      .map(([label, e]) => ({ id: label, kind: '', label, posts: e.posts, accounts: e.accounts.size }))
      .sort((a, b) => b.posts - a.posts || cmp(a.label, b.label)),
    appVersion: APP_VERSION,
    classifierVersions: [...versions].sort(),
    monitoredHandles: db
      .prepare('SELECT DISTINCT handle_norm FROM person_handles WHERE handle_norm IS NOT NULL ORDER BY 1')
      .pluck()
      .all() as string[],
  };
}

/** Everything about one case and its posts. */
export function collectCase(db: DB, caseId: number, preparedBy: string): PackData {
  const c = getCase(db, caseId);
  const selected = db
    .prepare('SELECT post_id, added_at, added_by, note FROM case_posts WHERE case_id = ?')
    .all(caseId) as { post_id: number; added_at: string; added_by: string | null; note: string | null }[];
  loadSelection(
    db,
    selected.map((s) => ({ postId: s.post_id, addedAt: s.added_at, addedBy: s.added_by, note: s.note })),
  );
  const kase: PackCase = {
    id: c.id,
    title: c.title,
    person: c.person_name,
    status: c.status,
    references: listCaseRefs(db, caseId).map((r) => ({
      kind: r.kind,
      platform: r.platform,
      reference: r.reference,
      dated: r.dated,
    })),
    notes: c.notes,
    createdAt: c.created_at,
    createdBy: c.created_by,
    campaign: c.campaign_ref,
    timeline: listCaseEvents(db, caseId)
      // An export is not part of the case's story: leaving it out keeps repeated exports identical.
      .filter((e) => e.kind !== 'exported')
      .map((e) => ({ at: e.at, actor: e.actor, kind: e.kind, text: describeEvent(e) })),
    selection: describeSelection(db, c.selection),
  };
  return assemble(db, kase, preparedBy);
}

/** A pack of any posts (an explorer filter), not saved as a case. */
export function collectPosts(
  db: DB,
  postIds: number[],
  meta: { title: string; person?: string | null; selection?: string | null },
  preparedBy: string,
): PackData {
  loadSelection(
    db,
    postIds.map((postId) => ({ postId, addedAt: null, addedBy: null, note: null })),
  );
  return assemble(
    db,
    {
      id: null,
      title: meta.title,
      person: meta.person ?? null,
      status: 'open',
      references: [],
      notes: null,
      createdAt: null,
      createdBy: null,
      campaign: null,
      timeline: [],
      selection: meta.selection ?? null,
    },
    preparedBy,
  );
}
