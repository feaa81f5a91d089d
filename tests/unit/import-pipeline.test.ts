import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { addHandle, insertPerson } from '../../db/people';
import { importFile } from '../../electron/ingest/pipeline';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { writeSyntheticXv2, xv2Line } from '../helpers/xv2';

const SHARED = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures');
const haveShared = fs.existsSync(SHARED);
if (!haveShared)
  console.warn('SKIPPED: ../shared/fixtures not found; the real-sample import tests did not run.');
const BREXIT = path.join(SHARED, 'twitter', 'twarc-csv_test-data_brexit.v2.jsonl');

function freshDb(): DB {
  return openDatabase(tempDbPath());
}
const count = (db: DB, sql: string, ...p: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .get(...p) as number;

function tweet(i: number, text = `tweet ${i} for @fixture_mp`) {
  const mentions = text.includes('@fixture_mp') ? [{ username: 'fixture_mp', id: '42' }] : [];
  return xv2Line({
    id: String(5000 + i),
    text,
    createdAt: `2025-02-0${1 + (i % 9)}T10:00:00.000Z`,
    authorId: String(100 + (i % 3)),
    username: `acct${i % 3}`,
    name: `Account ${i % 3}`,
    mentions,
  });
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, content);
  return file;
}

describe('import pipeline', () => {
  it.runIf(haveShared)('imports a real twarc2 page, and a second import adds nothing twice', async () => {
    const db = freshDb();
    const first = await importFile(db, BREXIT);
    expect(first).toMatchObject({ status: 'done', format: 'x-v2', rejected: 0 });
    expect(first.inserted).toBe(count(db, 'SELECT count(*) FROM posts'));
    expect(first.inserted).toBeGreaterThanOrEqual(100);
    const again = await importFile(db, BREXIT);
    expect(again).toMatchObject({ status: 'done', inserted: 0, duplicates: first.inserted });
    expect(count(db, 'SELECT count(*) FROM posts')).toBe(first.inserted);
    // Indexed for search, and provenance kept.
    expect(count(db, "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'brexit'")).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM posts_fts')).toBe(first.inserted);
    const imp = db.prepare('SELECT * FROM imports WHERE id = ?').get(first.importId) as {
      file_sha256: string;
      status: string;
    };
    expect(imp.status).toBe('done');
    expect(imp.file_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it.runIf(haveShared)(
    'reads the same file gzipped, detecting it from the content, not the name',
    async () => {
      const db = freshDb();
      const gz = write('capture.dat', zlib.gzipSync(fs.readFileSync(BREXIT)));
      const s = await importFile(db, gz);
      expect(s).toMatchObject({ status: 'done', format: 'x-v2' });
      expect(s.inserted).toBeGreaterThanOrEqual(100);
    },
  );

  it('rejects one malformed line with its number and reason, and imports the rest', async () => {
    const db = freshDb();
    const lines = [
      tweet(1),
      tweet(2),
      '{"id": "oops", this is not json',
      tweet(3),
      JSON.stringify({ id: '77', author: { id: '1' } }),
      tweet(4),
    ];
    const s = await importFile(db, write('mixed.jsonl', lines.join('\n') + '\n'));
    expect(s.status).toBe('done');
    expect(s.inserted).toBe(4);
    expect(s.rejected).toBe(2);
    expect(s.errors[0]).toMatchObject({ line: 3 });
    expect(s.errors[0]!.reason).toMatch(/line 3 is not valid JSON/);
    expect(s.errors[1]!.line).toBe(5);
    // Rejected records are kept to view and export.
    expect(count(db, 'SELECT count(*) FROM import_rejects WHERE import_id = ?', s.importId)).toBe(2);
  });

  it('a file cut off mid-record keeps everything before the cut', async () => {
    const db = freshDb();
    const text = [tweet(1), tweet(2), tweet(3)].join('\n');
    const s = await importFile(db, write('cut.jsonl', text.slice(0, text.length - 25)));
    expect(s.inserted).toBe(2);
    expect(s.rejected).toBe(1);
    expect(s.errors[0]!.reason).toMatch(/incomplete.*cut off/);
  });

  it('reads NDJSON lines exactly across read chunks: BOM, CRLF, emoji split between chunks, long lines', async () => {
    const db = freshDb();
    // Over 3 MB, so the file arrives in several 1 MB chunks; every 97th post carries emoji and accents,
    // one holds a 1.5 MB text (a line longer than a chunk), and some lines end in CRLF.
    const texts: string[] = [];
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const t =
        i === 3001
          ? `long ${'ä😤'.repeat(250_000)} end`
          : i % 97 === 0
            ? `Crème brûlée 😤🏴󠁧󠁢󠁳󠁣󠁴󠁿 post ${i} for @fixture_mp`
            : `tweet ${i} for @fixture_mp ${'x'.repeat(300)}`;
      texts.push(t);
      lines.push(tweet(i, t) + (i % 5 === 0 ? '\r' : ''));
    }
    const file = write('chunks.jsonl', '\uFEFF' + lines.join('\n') + '\n');
    expect(fs.statSync(file).size).toBeGreaterThan(3 << 20);
    const s = await importFile(db, file, { parallel: false, classifier: null });
    expect(s).toMatchObject({ read: 6000, inserted: 6000, rejected: 0 });
    const stored = db.prepare('SELECT text FROM posts ORDER BY platform_post_id + 0').pluck().all();
    expect(stored).toEqual(texts);
    // A flattened tweet's line is its whole source record: stored byte for byte, hashed as read.
    const raw = db
      .prepare('SELECT raw, raw_sha256 FROM posts WHERE platform_post_id = ?')
      .get(String(5000 + 97)) as { raw: string; raw_sha256: string };
    expect(raw.raw).toBe(lines[97]);
    expect(raw.raw_sha256).toBe(crypto.createHash('sha256').update(lines[97]!).digest('hex'));
  });

  it('refuses an empty file, a binary file and an unknown format with one clear message each', async () => {
    const db = freshDb();
    const empty = await importFile(db, write('empty.json', ''));
    expect(empty.status).toBe('failed');
    expect(empty.message).toMatch(/The file is empty/);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2000, 0),
    ]);
    const binary = await importFile(db, write('picture.json', png));
    expect(binary.message).toMatch(/binary file/);
    const unknown = await importFile(
      db,
      write('weather.json', JSON.stringify({ forecast: 'rain', temperature: 12 })),
    );
    expect(unknown.message).toMatch(/does not recognise this .*x-v2/);
    expect(count(db, 'SELECT count(*) FROM posts')).toBe(0);
    expect(count(db, "SELECT count(*) FROM imports WHERE status = 'failed'")).toBe(3);
  });

  it('asks for a column mapping for an unknown CSV, then remembers it for the same columns', async () => {
    const db = freshDb();
    const csv =
      '\uFEFFPost ID,Said,When,Who\r\n1,"Hello, ""world""",2025-03-01 09:00:00,alice\r\n2,"multi\nline",2025-03-02 10:00:00,bob\r\n';
    const file = write('tool-export.csv', csv);
    const first = await importFile(db, file);
    expect(first.status).toBe('failed');
    expect(first.needsMapping?.header).toEqual(['Post ID', 'Said', 'When', 'Who']);
    expect(first.message).toMatch(/say which column holds what/);

    const wrong = await importFile(db, file, {
      mapping: { id: 'Post ID', text: 'Message', created_at: 'When' },
    });
    expect(wrong.status).toBe('failed');
    expect(wrong.message).toMatch(/column "Message" \(for text\) is not in the file/);
    expect(count(db, 'SELECT count(*) FROM posts')).toBe(0);

    const mapped = await importFile(db, file, {
      mapping: { id: 'Post ID', text: 'Said', created_at: 'When', author_handle: 'Who' },
    });
    expect(mapped).toMatchObject({ status: 'done', format: 'generic', inserted: 2 });
    expect(db.prepare("SELECT text FROM posts WHERE platform_post_id = '1'").pluck().get()).toBe(
      'Hello, "world"',
    );
    expect(db.prepare("SELECT created_at FROM posts WHERE platform_post_id = '2'").pluck().get()).toBe(
      '2025-03-02T10:00:00.000Z',
    );

    // Next export from the same tool: no mapping needed.
    const next = write('tool-export-2.csv', 'Post ID,Said,When,Who\n3,Another,2025-03-03 11:00:00,carol\n');
    expect(await importFile(db, next)).toMatchObject({ status: 'done', inserted: 1 });
  });

  it('links posts to the people they mention, and keeps unmatched posts marked', async () => {
    const db = freshDb();
    const mp = insertPerson(db, { name: 'Fixture Member', role: 'mp' });
    addHandle(db, mp, 'x', 'Fixture_MP');
    const s = await importFile(
      db,
      write(
        'm.jsonl',
        [tweet(1), tweet(2, 'nobody mentioned here'), tweet(3, 'what Fixture Member said was right')].join(
          '\n',
        ),
      ),
    );
    expect(s.inserted).toBe(3);
    const how = db
      .prepare('SELECT m.how FROM mentions m JOIN posts p ON p.id = m.post_id ORDER BY p.id, m.how')
      .pluck()
      .all();
    expect(how).toEqual(['handle', 'name']);
    expect(count(db, 'SELECT count(*) FROM posts WHERE matched = 0')).toBe(1);
  });

  it('updates metrics when a newer copy of a post is imported', async () => {
    const db = freshDb();
    await importFile(db, write('a.jsonl', tweet(1)));
    const newer = JSON.parse(tweet(1));
    newer.public_metrics.like_count = 999;
    const s = await importFile(db, write('b.jsonl', JSON.stringify(newer)));
    expect(s).toMatchObject({ inserted: 0, duplicates: 1 });
    expect(JSON.parse(db.prepare('SELECT metrics FROM posts').pluck().get() as string).likes).toBe(999);
  });

  it('cancelling stops between batches and keeps what was committed, consistently', async () => {
    const db = freshDb();
    const file = path.join(tempDir(), 'big.jsonl');
    writeSyntheticXv2(file, 30_000);
    let calls = 0;
    const s = await importFile(db, file, { isCancelled: () => ++calls > 2 });
    expect(s.status).toBe('cancelled');
    const posts = count(db, 'SELECT count(*) FROM posts');
    expect(posts).toBeLessThan(30_000);
    expect(count(db, 'SELECT inserted_count FROM imports WHERE id = ?', s.importId)).toBe(posts);
    const rerun = await importFile(db, file);
    expect(rerun.inserted + rerun.duplicates).toBe(30_000);
    expect(count(db, 'SELECT count(*) FROM posts')).toBe(30_000);
  });

  it('a write that fails mid-import rolls back its group: the counts match the rows, and a rerun completes it', async () => {
    const db = freshDb();
    const file = path.join(tempDir(), 'big.jsonl');
    writeSyntheticXv2(file, 30_000);
    const ids = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { id: string }).id);
    // The database refuses one post deep in the file, as a full disk would.
    db.exec(`CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.posts WHEN NEW.platform_post_id = '${ids[25_000]}'
             BEGIN SELECT RAISE(ABORT, 'disk is full'); END`);
    const s = await importFile(db, file, { parallel: false });
    expect(s.status).toBe('failed');
    expect(s.message).toContain('disk is full');
    const posts = count(db, 'SELECT count(*) FROM posts');
    // The first group (20,000) committed; the one holding the refused post did not, and the summary says so.
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBeLessThan(25_000);
    expect(s.inserted).toBe(posts);
    expect(count(db, 'SELECT inserted_count FROM imports WHERE id = ?', s.importId)).toBe(posts);
    expect(count(db, 'SELECT count(*) FROM mentions WHERE post_id NOT IN (SELECT id FROM posts)')).toBe(0);
    expect(count(db, 'SELECT count(*) FROM posts_fts')).toBe(posts);
    db.exec('DROP TRIGGER temp.refuse');
    const rerun = await importFile(db, file, { parallel: false });
    expect(rerun).toMatchObject({ status: 'done', duplicates: posts, inserted: 30_000 - posts });
  });
});
