import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { importFile } from '../../electron/ingest/pipeline';
import { ownFile } from '../fixtures/ingest/load';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { xv2Line } from '../helpers/xv2';

/**
 * An import writes on a worker thread whose heap is capped (jobs/registry.ts), which keeps a large
 * import's memory flat. V8 stops a capped thread cleanly only when many small objects fill it: one
 * string larger than what is left aborts the whole process. So no record, post or batch the reader
 * hands on may be unboundedly large (limits.ts); one that is gets rejected like any malformed record.
 */
describe('import record limits', () => {
  function post(i: number, text = `Post number ${i} about the bus routes`): string {
    return xv2Line({
      id: String(700_000 + i),
      text,
      createdAt: '2025-03-01T08:00:00.000Z',
      authorId: String(300 + (i % 20)),
      username: `acct${i % 20}`,
      name: `Account ${i % 20}`,
      mentions: [],
    });
  }

  it('skips an NDJSON line far larger than any record, unread, and imports the rest', async () => {
    const file = path.join(tempDir(), 'huge-line.jsonl');
    const fd = fs.openSync(file, 'w');
    for (let i = 0; i < 6_000; i++) fs.writeSync(fd, post(i) + '\n');
    // 160 MB on one line: read whole, it would reach the capped writing thread as one post of 160 MB
    // text and 160 MB raw record.
    fs.writeSync(fd, post(6_000, 'x'.repeat(160 * 1024 * 1024)) + '\n');
    fs.writeSync(fd, post(6_001) + '\n');
    fs.closeSync(fd);
    const db = openDatabase(tempDbPath());
    const s = await importFile(db, file, { parallel: true });
    expect(s).toMatchObject({ status: 'done', read: 6_002, inserted: 6_001, rejected: 1 });
    expect(s.errors[0]!.line).toBe(6_001);
    expect(s.errors[0]!.reason).toMatch(/^line 6001 is 160\.0 MB long, far larger than any post record/);
    expect(db.prepare("SELECT count(*) FROM posts WHERE platform_post_id = '706001'").pluck().get()).toBe(1);
    db.close();
    fs.rmSync(file);
  }, 60_000);

  it('skips an oversized JSON array element and CSV record the same way', async () => {
    const big = 'y'.repeat(20 * 1024 * 1024);
    const statuses = JSON.parse(fs.readFileSync(ownFile('mastodon-statuses.json'), 'utf8')) as {
      id: string;
      content: string;
    }[];
    const array = path.join(tempDir(), 'statuses.json');
    const huge = { ...statuses[0]!, id: '999', content: `<p>${big}</p>` };
    fs.writeFileSync(array, JSON.stringify([statuses[0], huge, ...statuses.slice(1)]));
    const plain = path.join(tempDir(), 'plain.json');
    fs.writeFileSync(plain, JSON.stringify(statuses));
    const base = await importFile(openDatabase(tempDbPath()), plain);
    const a = await importFile(openDatabase(tempDbPath()), array, { parallel: true });
    expect(base.inserted).toBeGreaterThan(3);
    expect(a).toMatchObject({ status: 'done', inserted: base.inserted, rejected: base.rejected + 1 });
    expect(a.errors.map((e) => e.reason)).toContainEqual(
      expect.stringMatching(/^record 2 of the array is 20\.0 MB long, far larger than any post record/),
    );

    const csv = fs.readFileSync(ownFile('crowdtangle-facebook.csv'), 'utf8');
    const lines = csv.split('\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',');
    const cols = header.length;
    const row = ['"' + big + '"', ...Array.from({ length: cols - 1 }, () => 'x')].join(',');
    const file = path.join(tempDir(), 'ct.csv');
    fs.writeFileSync(file, [lines[0], row, ...lines.slice(1)].join('\n'));
    const expected = await importFile(openDatabase(tempDbPath()), ownFile('crowdtangle-facebook.csv'));
    const c = await importFile(openDatabase(tempDbPath()), file, { parallel: true });
    expect(c).toMatchObject({ status: 'done', inserted: expected.inserted, rejected: expected.rejected + 1 });
    expect(c.errors.map((e) => e.reason)).toContainEqual(
      expect.stringMatching(/^the record starting at line 2 runs on for 20\.0 MB/),
    );
  }, 60_000);

  it('rejects a post whose text is longer than any platform allows', async () => {
    const file = path.join(tempDir(), 'long-post.jsonl');
    fs.writeFileSync(file, [post(1), post(2, 'z'.repeat(1_200_000)), post(3)].join('\n') + '\n');
    const s = await importFile(openDatabase(tempDbPath()), file);
    expect(s).toMatchObject({ status: 'done', read: 3, inserted: 2, rejected: 1 });
    expect(s.errors[0]!.reason).toMatch(/post 700002's text is 1,200,000 characters long/);
  });
});
