import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { addHandle, insertPerson } from '../../db/people';
import { setSetting } from '../../db/settings';
import { classifierFor } from '../../electron/labelling/classifierFromSettings';
import { prepareWorkerFile } from '../../electron/ingest/batchSource';
import type { PreparedPost } from '../../electron/ingest/prepare';
import { packPost, unpackPost } from '../../electron/ingest/prepareProtocol';
import { importFile } from '../../electron/ingest/pipeline';
import { layoutOfFile } from '../../electron/ingest/units';
import { tempDbPath, tempDir } from '../helpers/tmp';
import { xv2Line } from '../helpers/xv2';

/**
 * Large files are prepared on a worker thread while the import writes. The result must be the same
 * database, row for row, as the inline path: same posts, verdicts, labels, mentions and rejects.
 */
function withPerson(): DB {
  const db = openDatabase(tempDbPath());
  const id = insertPerson(db, { name: 'Fixture Member', role: 'mp' });
  addHandle(db, id, 'x', 'fixture_mp', '42');
  return db;
}

function sampleFile(): string {
  const lines: string[] = [];
  const texts = [
    'Thank you @fixture_mp for your work on the bus routes',
    'Your vote on the budget was a disgrace @fixture_mp, resign',
    '@fixture_mp you are a pathetic idiot',
    'I know where you live @fixture_mp and I will find you',
    'nothing to do with anyone',
  ];
  for (let i = 0; i < 12_000; i++) {
    // Every 1,000th post is the member's own; the next one replies to it, usually in the same
    // batch the worker has not yet handed over for writing.
    const own = i % 1000 === 0;
    lines.push(
      xv2Line({
        id: String(900_000 + i),
        text: own ? 'Surgery this Friday in the town hall' : texts[i % texts.length]!,
        createdAt: `2025-03-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00.000Z`,
        authorId: own ? '42' : String(200 + (i % 50)),
        username: own ? 'fixture_mp' : `acct${i % 50}`,
        name: own ? 'Fixture Member' : `Account ${i % 50}`,
        mentions:
          !own && texts[i % texts.length]!.includes('@fixture_mp')
            ? [{ username: 'fixture_mp', id: '42' }]
            : [],
        ...(i % 1000 === 1 ? { replyToTweetId: String(900_000 + i - 1) } : {}),
      }),
    );
    if (i === 5_500) lines.push('{"id": "broken", "text": ');
  }
  const file = path.join(tempDir(), 'tweets.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function snapshot(db: DB) {
  return {
    posts: db
      .prepare(
        'SELECT platform_post_id, text, created_at, matched, abusive, severity, top_category, raw_sha256, mentioned, reply_to_post_id FROM posts ORDER BY id',
      )
      .all(),
    labels: db.prepare('SELECT post_id, category_key, source, score, severity FROM labels ORDER BY id').all(),
    mentions: db.prepare('SELECT post_id, person_id, how FROM mentions ORDER BY post_id, how').all(),
    rejects: db.prepare('SELECT line, reason FROM import_rejects ORDER BY id').all(),
    fts: db.prepare("SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'idiot'").pluck().get(),
  };
}

describe('parallel import', () => {
  it('packs a prepared post into one array and reads back the same post', () => {
    const row = {
      platform: 'x',
      platformPostId: '901',
      text: 'I know where you live',
      lang: null,
      createdAt: '2026-12-05T10:00:00.000Z',
      url: 'https://x.com/i/web/status/901',
      replyToPostId: '900',
      replyToAccountId: '42',
      quoteOfPostId: null,
      repostOfPostId: null,
      conversationId: '900',
      metrics: '{"likes":2}',
      hasMetrics: true,
      raw: '{"id":"901"}',
      matched: 1 as const,
      mentioned: '@fixture_mp id:42',
      abusive: 1 as const,
      severity: 4,
      topCategory: 'threat',
    };
    const posts: PreparedPost[] = [
      {
        line: 7,
        author: { platform: 'x', platformUserId: '77', handle: 'someone', displayName: null, followers: 3 },
        row,
        mentions: [
          { personId: 1, how: 'handle' },
          { personId: 2, how: 'reply' },
        ],
        labels: [
          { key: 'threat', score: 0.9, severity: 4, source: 'rule', explanation: '{"spans":[]}' },
          { key: 'doxxing', score: 0.6, severity: 3, source: 'model', explanation: '{}' },
        ],
      },
      { line: 8, author: null, row: { ...row, platformPostId: '902' }, mentions: [], labels: [] },
    ];
    for (const p of posts) {
      const back = unpackPost(structuredClone(packPost(p)));
      expect(back).toEqual(p);
    }
  });

  it('finds the built prepare worker', () => {
    expect(prepareWorkerFile()).toMatch(/ingest-worker\.cjs$/);
  });

  it('writes exactly what the inline path writes, including replies to posts not yet committed', async () => {
    const file = sampleFile();
    const inline = withPerson();
    const parallel = withPerson();
    const a = await importFile(inline, file, { parallel: false });
    const b = await importFile(parallel, file, { parallel: true });
    expect(b.status).toBe('done');
    expect({ ...b, file: '', importId: 0 }).toEqual({ ...a, file: '', importId: 0 });
    expect(a.inserted).toBe(12_000);
    expect(a.rejected).toBe(1);
    const sa = snapshot(inline);
    expect(snapshot(parallel)).toEqual(sa);
    expect(sa.labels.length).toBeGreaterThan(1000);
    expect(sa.mentions.filter((m) => (m as { how: string }).how === 'reply').length).toBe(12);
    expect(sa.fts).toBeGreaterThan(2000);
  });

  it("stamps the configured classifier's version on labels written from the worker", async () => {
    const db = withPerson();
    const defaultVersion = classifierFor(db).version;
    // Staff thresholds give the configured classifier its own version; the import learns it without
    // building a classifier on the writing thread, and it must match what the worker classified with.
    setSetting(db, 'classify.thresholds', { rule: 0.9, offensive: 0.9 });
    const configured = classifierFor(db).version;
    expect(configured).not.toBe(defaultVersion);
    await importFile(db, sampleFile(), { parallel: true });
    const versions = db.prepare('SELECT DISTINCT classifier_version FROM labels').pluck().all();
    expect(versions).toEqual([configured]);
  });

  it('reports a whole-file problem from the worker as the same clear error', async () => {
    const file = path.join(tempDir(), 'unknown.jsonl');
    fs.writeFileSync(file, '{"colour":"red","size":3}\n'.repeat(10));
    const s = await importFile(withPerson(), file, { parallel: true });
    expect(s.status).toBe('failed');
    expect(s.message).toMatch(/does not recognise this NDJSON file/);
    expect(s.needsMapping?.header).toEqual(['colour', 'size']);
  });

  it('sniffs the layout the worker will read, so only streamed files get its capped heap', async () => {
    const dir = tempDir();
    const file = (name: string, body: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), body);
      return path.join(dir, name);
    };
    expect(await layoutOfFile(sampleFile())).toBe('ndjson');
    expect(await layoutOfFile(file('a.json', '[{"id":"1"},\n{"id":"2"}]'))).toBe('array');
    const doc = '{\n  "data": [{"id":"1","text":"hi"}]\n}';
    expect(await layoutOfFile(file('doc.json', doc))).toBe('document');
    expect(await layoutOfFile(file('doc.dat', zlib.gzipSync(doc)))).toBe('document');
    expect(await layoutOfFile(file('posts.csv', 'id,text\n1,hi\n'))).toBe('csv');
  });
});
