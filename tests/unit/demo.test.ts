import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { ABUSE } from '../../electron/demo/abuse-templates';
import { castSpecs } from '../../electron/demo/cast';
import { generateDemo, type DemoSummary } from '../../electron/demo/generate';
import type { PlantedSummary } from '../../electron/demo/planted';
import { bigDecimal } from '../../electron/demo/platforms';
import { rematchPosts } from '../../electron/ingest/rematch';
import { CRITICISM, SUPPORTIVE, TRICKY_CRITICISM, TRICKY_SUPPORTIVE } from '../../electron/demo/templates';

const POSTS = 3000;
const dirs: string[] = [];
const open: DB[] = [];

function freshDb(): DB {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'demo.db'));
  open.push(db);
  return db;
}

/** A digest of every table the generator writes, rows in id order, all columns. */
function contentHash(db: DB): string {
  const h = crypto.createHash('sha256');
  const tables = [
    'SELECT * FROM people ORDER BY id',
    'SELECT * FROM person_handles ORDER BY id',
    'SELECT * FROM person_aliases ORDER BY id',
    'SELECT * FROM accounts ORDER BY id',
    'SELECT * FROM posts ORDER BY id',
    'SELECT * FROM mentions ORDER BY post_id, person_id, how',
    'SELECT * FROM demo_truth ORDER BY post_id',
    'SELECT * FROM settings ORDER BY key',
  ];
  for (const sql of tables) {
    for (const row of db.prepare(sql).raw().iterate()) h.update(JSON.stringify(row)).update('\n');
  }
  return h.digest('hex');
}

function postsHash(db: DB): string {
  const h = crypto.createHash('sha256');
  for (const row of db.prepare('SELECT * FROM posts ORDER BY id').raw().iterate())
    h.update(JSON.stringify(row));
  return h.digest('hex');
}

/** Where each platform's record keeps the text (an importer's mapper reads the same fields). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function rawText(platform: string, r: any): string {
  switch (platform) {
    case 'x':
      return r.data.text;
    case 'bluesky':
      return r.record.text;
    case 'mastodon':
      return (r.content as string)
        .replace(/^<p>|<\/p>$/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    case 'facebook':
      return r.message;
    case 'instagram':
      return r.caption ?? r.text;
    case 'youtube':
      return r.snippet.textOriginal ?? r.snippet.title;
    case 'tiktok':
      return r.desc ?? r.text;
    case 'reddit':
      return r.data.body ?? r.data.title;
    default:
      throw new Error(platform);
  }
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[a-z0-9#@]+/g) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}

let db: DB;
let summary: DemoSummary;
const progress: [number, number][] = [];

beforeAll(() => {
  db = freshDb();
  summary = generateDemo(db, { posts: POSTS, seed: 7, onProgress: (d, t) => progress.push([d, t]) });
});

afterAll(() => {
  for (const d of open) d.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('demo generator: shape of the data', () => {
  it('returns a summary that matches the database', () => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(summary.posts).toBe(POSTS);
    expect(count('SELECT count(*) FROM posts')).toBe(POSTS);
    expect(count('SELECT count(*) FROM demo_truth')).toBe(POSTS);
    expect(summary.people).toBe(count('SELECT count(*) FROM people'));
    expect(summary.people).toBeGreaterThanOrEqual(12);
    expect(summary.people).toBeLessThanOrEqual(20);
    expect(summary.accounts).toBe(count('SELECT count(*) FROM accounts'));
    expect(summary.campaigns).toBeGreaterThanOrEqual(2);
    expect(summary.seconds).toBeGreaterThanOrEqual(0);
    expect(progress.at(-1)).toEqual([POSTS, POSTS]);
    expect(progress.filter(([d]) => d === POSTS)).toHaveLength(1);
  });

  it('has a fictional cast with a leader, mixed genders and handles on several platforms', () => {
    const roles = db.prepare('SELECT role, count(*) AS n FROM people GROUP BY role').all() as {
      role: string;
      n: number;
    }[];
    expect(roles.find((r) => r.role === 'leader')?.n).toBe(1);
    const genders = db.prepare('SELECT DISTINCT gender FROM people').pluck().all();
    expect(genders).toEqual(expect.arrayContaining(['female', 'male']));
    const platforms = db.prepare('SELECT DISTINCT platform FROM person_handles').pluck().all();
    expect(platforms.length).toBeGreaterThanOrEqual(4);
    const abusive = db
      .prepare("SELECT count(*) FROM person_aliases WHERE kind = 'abusive'")
      .pluck()
      .get() as number;
    expect(abusive).toBeGreaterThanOrEqual(1);
    expect(db.prepare("SELECT count(*) FROM people WHERE party = 'Civic Alliance'").pluck().get()).toBe(
      summary.people,
    );
  });

  it('never makes an alias that is part of the name (or the reverse), so mention kinds stay unambiguous', () => {
    for (const p of castSpecs()) {
      for (const alias of [...p.nicknames, ...p.misspellings, ...(p.abusive ? [p.abusive] : [])]) {
        expect(p.name.toLowerCase().includes(alias.toLowerCase()), `${alias} in ${p.name}`).toBe(false);
        expect(alias.toLowerCase().includes(p.name.toLowerCase()), `${p.name} in ${alias}`).toBe(false);
      }
    }
  });

  it('uses at least 4 platforms, with platform-shaped urls and raw records', () => {
    const rows = db.prepare('SELECT platform, count(*) AS n FROM posts GROUP BY platform').all() as {
      platform: string;
      n: number;
    }[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const urlShape: Record<string, RegExp> = {
      x: /^https:\/\/x\.com\/\w{1,15}\/status\/\d{18,19}$/,
      bluesky: /^https:\/\/bsky\.app\/profile\/[\w.-]+\/post\/[2-7a-z]{13}$/,
      mastodon: /^https:\/\/[\w.]+\/@\w+\/\d{17,19}$/,
      facebook: /^https:\/\/www\.facebook\.com\/[\w.]+\/posts\/\d+(\?comment_id=\d+)?$/,
      instagram: /^https:\/\/www\.instagram\.com\/p\/[\w-]+\/(c\/\d+\/)?$/,
      youtube: /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}(&lc=[\w-]+)?$/,
      tiktok: /^https:\/\/www\.tiktok\.com\/@[\w.]+\/video\/\d{19}$/,
      reddit: /^https:\/\/www\.reddit\.com\/r\/\w+\/comments\/\w+\/(comment\/\w+\/)?$/,
    };
    const stmt = db.prepare(
      'SELECT url, raw, raw_sha256, text, lang, metrics FROM posts WHERE platform = ? LIMIT 200',
    );
    for (const { platform } of rows) {
      for (const r of stmt.all(platform) as {
        url: string;
        raw: string;
        raw_sha256: string;
        text: string;
        lang: string;
        metrics: string;
      }[]) {
        expect(r.url, platform).toMatch(urlShape[platform]!);
        expect(JSON.stringify(JSON.parse(r.raw))).toBe(r.raw);
        expect(rawText(platform, JSON.parse(r.raw)), platform).toBe(r.text);
        expect(crypto.createHash('sha256').update(r.raw).digest('hex')).toBe(r.raw_sha256);
        expect(r.lang).toBe('en');
        expect(Object.keys(JSON.parse(r.metrics))).toEqual(['likes', 'reposts', 'replies']);
      }
    }
  });

  it('plants every abuse category a classifier must find, as a minority, with rare threats', () => {
    const wanted = db
      .prepare('SELECT key FROM categories WHERE is_abuse = 1 AND manual_only = 0')
      .pluck()
      .all() as string[];
    expect(wanted.length).toBeGreaterThanOrEqual(15);
    const counts = new Map(
      (
        db.prepare('SELECT intended_category AS k, count(*) AS n FROM demo_truth GROUP BY 1').all() as {
          k: string;
          n: number;
        }[]
      ).map((r) => [r.k, r.n]),
    );
    for (const key of wanted) expect(counts.get(key) ?? 0, key).toBeGreaterThan(0);
    const known = new Set(db.prepare('SELECT key FROM categories').pluck().all() as string[]);
    for (const key of counts.keys()) expect(known.has(key), key).toBe(true);
    const manual = db.prepare('SELECT key FROM categories WHERE manual_only = 1').pluck().all() as string[];
    for (const key of manual) expect(counts.get(key) ?? 0, key).toBe(0);
    const abusive = [...counts]
      .filter(([k]) => k !== 'supportive' && k !== 'political_criticism')
      .reduce((a, [, n]) => a + n, 0);
    expect(abusive / POSTS).toBeGreaterThan(0.12);
    expect(abusive / POSTS).toBeLessThan(0.3);
    expect((counts.get('threat') ?? 0) / POSTS).toBeLessThan(0.03);
    expect(counts.get('supportive')! + counts.get('political_criticism')!).toBeGreaterThan(abusive * 2);
  });

  it('has templates for every planted abuse category, and every "they" template names its target', () => {
    for (const [key, set] of Object.entries(ABUSE)) {
      expect(set.you.length, key).toBeGreaterThan(0);
      expect(set.they.length, key).toBeGreaterThan(0);
    }
    for (const set of [SUPPORTIVE, CRITICISM, TRICKY_SUPPORTIVE, TRICKY_CRITICISM, ...Object.values(ABUSE)]) {
      for (const t of set.they) expect(t, t).toMatch(/\{ns?\}/);
      for (const t of [...set.you, ...(set.general ?? [])]) expect(t, t).not.toMatch(/\{ns?\}/);
    }
  });

  it('records mentions that the text or reply relation really supports', () => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM mentions')).toBeGreaterThan(POSTS * 0.7);
    const hows = db.prepare('SELECT DISTINCT how FROM mentions').pluck().all();
    expect(hows).toEqual(expect.arrayContaining(['handle', 'reply', 'name', 'alias']));
    expect(
      count(`SELECT count(*) FROM mentions m JOIN posts p ON p.id = m.post_id WHERE m.how = 'handle' AND NOT EXISTS (
        SELECT 1 FROM person_handles h WHERE h.person_id = m.person_id AND h.platform = p.platform
          AND instr(lower(p.text), CASE p.platform WHEN 'reddit' THEN 'u/' ELSE '@' END || lower(h.handle)) > 0)`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) FROM mentions m JOIN posts p ON p.id = m.post_id JOIN people pe ON pe.id = m.person_id
        WHERE m.how = 'name' AND instr(lower(p.text), lower(pe.name)) = 0`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) FROM mentions m JOIN posts p ON p.id = m.post_id WHERE m.how = 'alias' AND NOT EXISTS (
        SELECT 1 FROM person_aliases a WHERE a.person_id = m.person_id AND instr(lower(p.text), lower(a.alias)) > 0)`),
    ).toBe(0);
    expect(
      count(`SELECT count(*) FROM mentions m JOIN posts p ON p.id = m.post_id WHERE m.how = 'reply' AND NOT EXISTS (
        SELECT 1 FROM person_handles h WHERE h.person_id = m.person_id AND h.platform = p.platform
          AND h.account_id = p.reply_to_account_id)`),
    ).toBe(0);
    // A name in the text without a mention row would be a miss a matcher gets "wrong" against us.
    expect(
      count(`SELECT count(*) FROM posts p, people pe WHERE instr(lower(p.text), lower(pe.name)) > 0
        AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.post_id = p.id AND m.person_id = pe.id)`),
    ).toBe(0);
    expect(
      count(
        'SELECT count(*) FROM posts p WHERE p.matched != EXISTS (SELECT 1 FROM mentions m WHERE m.post_id = p.id)',
      ),
    ).toBe(0);
    expect(count('SELECT count(*) FROM posts WHERE matched = 0')).toBeGreaterThan(0);
  });

  it('records exactly the mentions the app’s own matcher finds (a re-match changes nothing)', () => {
    const result = rematchPosts(db);
    expect(result.posts).toBe(POSTS);
    expect(result.changedPosts).toBe(0);
    expect(result.linked + result.unlinked).toBe(0);
  });

  it('has the people posting themselves, with replies that point at real parent posts', () => {
    const count = (sql: string) => db.prepare(sql).pluck().get() as number;
    const own = count(`SELECT count(*) FROM posts p JOIN accounts a ON a.id = p.account_id
      JOIN person_handles h ON h.platform = a.platform AND h.account_id = a.platform_user_id`);
    expect(own).toBeGreaterThan(POSTS * 0.02);
    expect(count('SELECT count(*) FROM posts WHERE reply_to_post_id IS NOT NULL')).toBeGreaterThan(
      POSTS * 0.05,
    );
    expect(
      count(`SELECT count(*) FROM posts p WHERE p.reply_to_post_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM posts q JOIN accounts qa ON qa.id = q.account_id
        WHERE q.platform = p.platform AND q.platform_post_id = p.reply_to_post_id
          AND qa.platform_user_id = p.reply_to_account_id AND q.created_at < p.created_at)`),
    ).toBe(0);
  });

  it('finds words with the full-text index', () => {
    const n = db
      .prepare("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'nhs'")
      .pluck()
      .get() as number;
    expect(n).toBeGreaterThan(0);
    const direct = db.prepare("SELECT count(*) FROM posts WHERE text LIKE '%nhs%'").pluck().get() as number;
    expect(n).toBeLessThanOrEqual(direct);
  });

  it('spreads posts over months before "now", busier in the UK evening than at night', () => {
    const r = db.prepare('SELECT min(created_at) AS a, max(created_at) AS b FROM posts').get() as {
      a: string;
      b: string;
    };
    const days = (Date.parse(r.b) - Date.parse(r.a)) / 86_400_000;
    expect(days).toBeGreaterThan(150);
    expect(Date.parse(r.b)).toBeLessThan(Date.parse('2026-11-01T00:00:00Z'));
    const months = db
      .prepare('SELECT count(DISTINCT substr(created_at, 1, 7)) FROM posts')
      .pluck()
      .get() as number;
    expect(months).toBeGreaterThanOrEqual(6);
    const byHour = (from: number, to: number) =>
      db
        .prepare(
          "SELECT count(*) FROM posts WHERE CAST(strftime('%H', created_at) AS INTEGER) BETWEEN ? AND ?",
        )
        .pluck()
        .get(from, to) as number;
    expect(byHour(17, 20)).toBeGreaterThan(byHour(1, 4) * 3);
    // News spikes: the busiest day is well above the median day.
    const perDay = db
      .prepare('SELECT count(*) FROM posts GROUP BY substr(created_at, 1, 10) ORDER BY 1')
      .pluck()
      .all() as number[];
    expect(perDay.at(-1)!).toBeGreaterThan(perDay[Math.floor(perDay.length / 2)]! * 2);
  });

  it('has a long tail of accounts: many seen once, a few very active', () => {
    const counts = db
      .prepare('SELECT count(*) FROM posts GROUP BY account_id ORDER BY 1 DESC')
      .pluck()
      .all() as number[];
    const once = counts.filter((n) => n === 1).length;
    expect(once / counts.length).toBeGreaterThan(0.3);
    expect(counts[0]!).toBeGreaterThan(20);
    const seenWrong = db
      .prepare(
        `SELECT count(*) FROM accounts a JOIN (SELECT account_id, min(created_at) AS mn, max(created_at) AS mx
           FROM posts GROUP BY account_id) p ON p.account_id = a.id WHERE a.first_seen != p.mn OR a.last_seen != p.mx`,
      )
      .pluck()
      .get();
    expect(seenWrong).toBe(0);
    const noDates = db
      .prepare('SELECT count(*) FROM accounts WHERE account_created_at IS NULL OR followers IS NULL')
      .pluck()
      .get();
    expect(noDates).toBe(0);
  });
});

describe('demo generator: planted campaigns', () => {
  const planted = () =>
    JSON.parse(
      db.prepare("SELECT value FROM settings WHERE key = 'demo.planted'").pluck().get() as string,
    ) as PlantedSummary;

  it('plants a coordinated campaign: >= 10 new, small accounts, near-identical text, one hashtag, 2 hours', () => {
    const c = planted().campaigns.find((x) => x.kind === 'coordinated')!;
    expect(c).toBeDefined();
    const rows = db
      .prepare(
        `SELECT p.text, p.created_at, p.account_id, a.account_created_at, a.followers FROM posts p
         JOIN demo_truth t ON t.post_id = p.id JOIN accounts a ON a.id = p.account_id WHERE t.campaign = ?`,
      )
      .all(c.id) as {
      text: string;
      created_at: string;
      account_id: number;
      account_created_at: string;
      followers: number;
    }[];
    expect(rows.length).toBe(c.posts);
    const accounts = new Set(rows.map((r) => r.account_id));
    expect(accounts.size).toBeGreaterThanOrEqual(10);
    expect([...accounts].sort((a, b) => a - b)).toEqual(c.accountIds);
    const times = rows.map((r) => Date.parse(r.created_at));
    expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(2 * 3_600_000);
    for (const r of rows) {
      expect(r.text).toContain(c.hashtag!);
      expect(r.followers).toBeLessThan(50);
      expect(Date.parse(r.created_at) - Date.parse(r.account_created_at)).toBeLessThan(32 * 86_400_000);
    }
    const texts = rows.map((r) => words(r.text));
    for (const t of texts) expect(jaccard(t, texts[0]!)).toBeGreaterThan(0.5);
    // Near-identical, not identical: the edits are there.
    expect(new Set(rows.map((r) => r.text)).size).toBeGreaterThan(1);
  });

  it('plants a pile-on: many accounts replying to one of the person’s own posts within hours', () => {
    const c = planted().campaigns.find((x) => x.kind === 'pileon')!;
    expect(c).toBeDefined();
    const target = db
      .prepare(
        `SELECT p.platform, p.platform_post_id, p.created_at FROM posts p JOIN accounts a ON a.id = p.account_id
         JOIN person_handles h ON h.platform = a.platform AND h.account_id = a.platform_user_id
         WHERE p.id = ? AND h.person_id = ?`,
      )
      .get(c.targetPostId, c.personId) as { platform: string; platform_post_id: string; created_at: string };
    expect(target).toBeDefined();
    const rows = db
      .prepare(
        `SELECT p.account_id, p.created_at, p.reply_to_post_id, p.platform FROM posts p JOIN demo_truth t ON t.post_id = p.id
         WHERE t.campaign = ?`,
      )
      .all(c.id) as { account_id: number; created_at: string; reply_to_post_id: string; platform: string }[];
    expect(new Set(rows.map((r) => r.account_id)).size).toBeGreaterThanOrEqual(10);
    for (const r of rows) {
      expect(r.platform).toBe(target.platform);
      expect(r.reply_to_post_id).toBe(target.platform_post_id);
      const dt = Date.parse(r.created_at) - Date.parse(target.created_at);
      expect(dt).toBeGreaterThan(0);
      expect(dt).toBeLessThanOrEqual(4 * 3_600_000);
    }
  });

  it('records spikes and campaign people that exist', () => {
    const p = planted();
    expect(p.seed).toBe(7);
    expect(p.posts).toBe(POSTS);
    expect(p.spikes.length).toBeGreaterThan(0);
    const ids = new Set(db.prepare('SELECT id FROM people').pluck().all() as number[]);
    for (const c of p.campaigns) expect(ids.has(c.personId)).toBe(true);
  });
});

describe('demo generator: determinism', () => {
  it('produces identical content for the same seed and size', () => {
    const again = freshDb();
    generateDemo(again, { posts: POSTS, seed: 7 });
    expect(contentHash(again)).toBe(contentHash(db));
  });

  it('produces different content for a different seed', () => {
    const other = freshDb();
    generateDemo(other, { posts: POSTS, seed: 8 });
    expect(postsHash(other)).not.toBe(postsHash(db));
  });

  it('moves with an explicit "now"', () => {
    const other = freshDb();
    generateDemo(other, { posts: 500, seed: 7, now: new Date('2025-03-01T00:00:00Z') });
    const last = other.prepare('SELECT max(created_at) FROM posts').pluck().get() as string;
    expect(last < '2025-03-01T00:00:00Z').toBe(true);
    expect(last > '2025-02-01T00:00:00Z').toBe(true);
  });

  it('reports progress in order while loading a larger demo, ending at 100% once', () => {
    const calls: [number, number][] = [];
    generateDemo(freshDb(), { posts: 25_000, seed: 3, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls.map(([d]) => d)).toEqual([10_000, 20_000, 25_000]);
    for (const [, t] of calls) expect(t).toBe(25_000);
  });

  it('keeps campaigns present in a small demo', () => {
    const small = freshDb();
    const s = generateDemo(small, { posts: 500, seed: 1 });
    expect(s.posts).toBe(500);
    const kinds =
      (small.prepare("SELECT value FROM settings WHERE key = 'demo.planted'").pluck().get() as string) ?? '';
    const p = JSON.parse(kinds) as PlantedSummary;
    expect(p.campaigns.map((c) => c.kind).sort()).toEqual(['coordinated', 'pileon']);
    for (const c of p.campaigns) expect(c.accountIds.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses to load the demo twice into one database', () => {
    expect(() => generateDemo(db, { posts: 100, seed: 7 })).toThrow(/already contains the demo/);
  });
});

describe('demo generator: 64-bit ids without BigInt', () => {
  it('matches BigInt arithmetic for every id layout used', () => {
    const layouts: [number, number][] = [
      [2 ** 41, 2 ** 22],
      [2 ** 41, 2 ** 23],
      [2 * 10 ** 12, 2 ** 16],
      [2 * 10 ** 9, 2 ** 32],
    ];
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 48271) >>> 0) % 2147483647) / 2147483647;
    for (const [hiMax, mult] of layouts) {
      for (let i = 0; i < 2000; i++) {
        const hi = Math.floor(next() * hiMax);
        const low = Math.floor(next() * mult);
        expect(bigDecimal(hi, mult, low)).toBe((BigInt(hi) * BigInt(mult) + BigInt(low)).toString());
      }
      expect(bigDecimal(0, mult, 5)).toBe('5');
      expect(bigDecimal(999_999, mult, mult - 1)).toBe(
        (999_999n * BigInt(mult) + BigInt(mult - 1)).toString(),
      );
    }
  });
});
