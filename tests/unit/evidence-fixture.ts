/**
 * A case worth exporting, shared by the evidence tests: demo posts (with machine labels), posts
 * imported from real sample files (so there is import provenance and raw records as imported), a
 * reviewer's decision with a note, references and status changes, and a post full of characters that
 * must survive (markup, emoji, a flag, Cyrillic, handles of other people).
 */
import path from 'node:path';
import { addPostsToCase, addCaseNote, createCase, setCaseStatus } from '../../db/cases';
import type { DB } from '../../db/connection';
import { ApiService } from '../../electron/api/service';
import { importFile } from '../../electron/ingest/pipeline';
import { tempDbPath } from '../helpers/tmp';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'ingest');
export const REVIEWER = 'Sam Patel';
export const NASTY = `<script>alert("x")</script> <img src="https://evil.example/t.png"> @bystander_one and @Other.Person.bsky.social: you're done 💀 🇬🇧 Привет & "quoted"`;

export interface CaseFixture {
  service: ApiService;
  db: DB;
  caseId: number;
  importedIds: number[];
  nastyId: number;
}

const ids = (db: DB, sql: string, ...p: unknown[]) =>
  db
    .prepare(sql)
    .pluck()
    .all(...p) as number[];

export async function makeCaseFixture(): Promise<CaseFixture> {
  const service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
  const r = await service.call('demo.load', { posts: 800, seed: 7 });
  if (!r.ok) throw new Error(r.error.message);
  const db = service.ctx.db;
  db.prepare("INSERT OR REPLACE INTO settings VALUES ('ui.reviewerName', ?)").run(JSON.stringify(REVIEWER));
  await importFile(db, path.join(FIXTURES, 'x-v2-flat.jsonl'));
  await importFile(db, path.join(FIXTURES, 'mastodon-statuses.json'));
  const importedIds = ids(db, 'SELECT id FROM posts WHERE import_id IS NOT NULL ORDER BY id');
  // A demo post made to carry awkward text (raw kept consistent with it, as an import would).
  const nastyId = ids(db, 'SELECT id FROM posts WHERE abusive = 1 AND severity = 4 ORDER BY id LIMIT 1')[0]!;
  const raw = JSON.stringify({ id: 'nasty-1', text: NASTY });
  const { createHash } = await import('node:crypto');
  db.prepare('UPDATE posts SET text = ?, raw = ?, raw_sha256 = ? WHERE id = ?').run(
    NASTY,
    raw,
    createHash('sha256').update(raw).digest('hex'),
    nastyId,
  );
  const abusive = ids(
    db,
    'SELECT id FROM posts WHERE abusive = 1 AND import_id IS NULL AND id <> ? ORDER BY id LIMIT 30',
    nastyId,
  );
  const dec = await service.call('review.decide', {
    postId: abusive[0]!,
    action: 'confirm',
    note: 'Reported by the member’s office on the phone.',
  });
  if (!dec.ok) throw new Error(dec.error.message);
  const person = db.prepare('SELECT id FROM people ORDER BY id LIMIT 1').pluck().get() as number;
  const caseId = createCase(db, { title: 'Threats <to> “the leader”', personId: person }, REVIEWER, [
    nastyId,
    ...abusive,
  ]);
  addPostsToCase(db, caseId, importedIds, 'Alex Jones', 'From the files the office sent');
  addCaseNote(db, caseId, 'Member informed; wants police involved.', REVIEWER);
  setCaseStatus(
    db,
    caseId,
    {
      status: 'reported_platform',
      dated: '2025-03-02',
      reference: { kind: 'platform', platform: 'x', reference: 'X-RPT-1234' },
    },
    REVIEWER,
  );
  setCaseStatus(
    db,
    caseId,
    {
      status: 'referred_police',
      dated: '2025-03-05',
      reference: { kind: 'police', reference: 'CR/2025/0042' },
    },
    'Alex Jones',
  );
  return { service, db, caseId, importedIds, nastyId };
}
