import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit';
import { listCaseEvents } from '../../db/caseEvents';
import {
  addCaseNote,
  addCaseReference,
  addPostsToCase,
  CaseError,
  casePostIds,
  createCase,
  getCase,
  listCaseRefs,
  removePostsFromCase,
  setCaseStatus,
  updateCase,
} from '../../db/cases';
import { openDatabase, type DB } from '../../db/connection';
import { tempDbPath } from '../helpers/tmp';

function dbWithPosts(n: number): { db: DB; ids: number[] } {
  const db = openDatabase(tempDbPath());
  db.prepare(
    "INSERT INTO people (name, role, created_at, updated_at) VALUES ('Jane Smith', 'mp', 'x', 'x')",
  ).run();
  const insert = db.prepare(
    `INSERT INTO posts (platform, platform_post_id, text, created_at, raw, raw_sha256)
     VALUES ('x', ?, ?, ?, '{}', 'h')`,
  );
  const ids: number[] = [];
  for (let i = 0; i < n; i++)
    ids.push(
      Number(
        insert.run(`p${i}`, `post ${i}`, `2025-01-${String(10 + (n - i)).padStart(2, '0')}T10:00:00.000Z`)
          .lastInsertRowid,
      ),
    );
  return { db, ids };
}

const audit = (db: DB) =>
  db
    .prepare("SELECT actor, action, entity_id, detail FROM audit_log WHERE entity = 'case' ORDER BY id")
    .all() as {
    actor: string;
    action: string;
    entity_id: string;
    detail: string;
  }[];

describe('cases', () => {
  it('runs the workflow open → reported to platform → referred to police → closed, with references and dates', () => {
    const { db, ids } = dbWithPosts(5);
    const id = createCase(db, { title: '  Threats to Jane  ', personId: 1 }, 'Sam', ids.slice(0, 3));
    expect(getCase(db, id)).toMatchObject({
      title: 'Threats to Jane',
      status: 'open',
      posts: 3,
      person_name: 'Jane Smith',
      created_by: 'Sam',
    });
    setCaseStatus(
      db,
      id,
      {
        status: 'reported_platform',
        dated: '2025-02-01',
        reference: { kind: 'platform', platform: 'x', reference: 'X-1' },
      },
      'Sam',
    );
    addCaseReference(
      db,
      id,
      { kind: 'platform', platform: 'bluesky', reference: 'BSKY-9', dated: '2025-02-02' },
      'Sam',
    );
    setCaseStatus(
      db,
      id,
      {
        status: 'referred_police',
        dated: '2025-02-05',
        reference: { kind: 'police', reference: 'CR/1' },
        note: 'Spoke to PLaIT',
      },
      'Alex',
    );
    setCaseStatus(db, id, { status: 'closed', dated: '2025-04-01', note: 'No further action' }, 'Alex');
    const c = getCase(db, id);
    expect(c).toMatchObject({
      status: 'closed',
      platform_ref: 'BSKY-9',
      police_ref: 'CR/1',
      reported_platform_at: '2025-02-01',
      referred_police_at: '2025-02-05',
      closed_at: '2025-04-01',
    });
    expect(listCaseRefs(db, id).map((r) => [r.kind, r.platform, r.reference, r.dated])).toEqual([
      ['platform', 'x', 'X-1', '2025-02-01'],
      ['platform', 'bluesky', 'BSKY-9', '2025-02-02'],
      ['police', null, 'CR/1', '2025-02-05'],
    ]);
    // Reopening clears the closed date.
    setCaseStatus(db, id, { status: 'open' }, 'Alex');
    expect(getCase(db, id).closed_at).toBeNull();
    expect(() => setCaseStatus(db, id, { status: 'open' }, 'Alex')).toThrow(/already/);
  });

  it('keeps a timeline and an audit entry for every change, and the audit chain stays intact', () => {
    const { db, ids } = dbWithPosts(6);
    const id = createCase(db, { title: 'Pile-on' }, 'Sam');
    addPostsToCase(db, id, ids.slice(0, 4), 'Sam', 'first batch');
    expect(addPostsToCase(db, id, ids.slice(2, 6), 'Sam')).toEqual({ added: 2, already: 2 });
    removePostsFromCase(db, id, [ids[0]!], 'Alex', 'Not about her');
    addCaseNote(db, id, 'Member told', 'Sam');
    updateCase(db, id, { title: 'Pile-on, March', personId: 1 }, 'Sam');
    setCaseStatus(
      db,
      id,
      { status: 'reported_platform', reference: { kind: 'platform', reference: 'R-1' } },
      'Sam',
    );
    const events = listCaseEvents(db, id);
    expect(events.map((e) => e.kind)).toEqual([
      'created',
      'posts_added',
      'posts_added',
      'posts_removed',
      'note',
      'edited',
      'status',
    ]);
    expect(events[3]).toMatchObject({ actor: 'Alex', body: 'Not about her' });
    expect(JSON.parse(events[5]!.detail)).toEqual({
      changes: { title: { from: 'Pile-on', to: 'Pile-on, March' }, person: { from: null, to: 1 } },
    });
    // Today's date when no date is given.
    expect(events[6]!.dated).toBe(new Date().toISOString().slice(0, 10));
    expect(audit(db).map((a) => a.action)).toEqual([
      'case.create',
      'case.addPosts',
      'case.addPosts',
      'case.removePosts',
      'case.note',
      'case.edit',
      'case.status',
    ]);
    expect(audit(db).every((a) => a.entity_id === String(id))).toBe(true);
    expect(JSON.parse(audit(db)[6]!.detail)).toMatchObject({
      from: 'open',
      to: 'reported_platform',
      reference: 'R-1',
    });
    expect(verifyAuditChain(db).ok).toBe(true);
    expect(casePostIds(db, id)).toEqual([...ids.slice(1)].reverse());
    expect(() => db.prepare("UPDATE case_events SET body = 'x' WHERE case_id = ?").run(id)).toThrow(
      /append-only/,
    );
  });

  it('refuses unknown posts, people and cases without changing anything', () => {
    const { db, ids } = dbWithPosts(2);
    const id = createCase(db, { title: 'T' }, 'Sam');
    const before = audit(db).length;
    expect(() => addPostsToCase(db, id, [ids[0]!, 999], 'Sam')).toThrow(
      /no post number 999; nothing was added/,
    );
    expect(getCase(db, id).posts).toBe(0);
    expect(() => createCase(db, { title: 'X', personId: 77 }, 'Sam')).toThrow(CaseError);
    expect(() => addCaseNote(db, 404, 'x', 'Sam')).toThrow(/no case number 404/);
    expect(audit(db).length).toBe(before);
  });
});
