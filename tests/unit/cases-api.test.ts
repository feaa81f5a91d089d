import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiService } from '../../electron/api/service';
import type { ApiEvent, EvidencePackResult } from '../../electron/api/types';
import { fail, ok, useDemoApi } from '../helpers/demoApi';
import { tempDir } from '../helpers/tmp';

const api = useDemoApi({ posts: 1500, seed: 3 }, 'Sam Patel');

const one = (s: ApiService, sql: string, ...p: unknown[]) =>
  s.ctx.db
    .prepare(sql)
    .pluck()
    .get(...p) as number;

function finished(s: ApiService, jobId: string): Promise<Extract<ApiEvent, { type: 'job-finished' }>> {
  return new Promise((resolve) => {
    const seen = api.events.find((e) => e.type === 'job-finished' && e.jobId === jobId);
    if (seen?.type === 'job-finished') return resolve(seen);
    const off = s.on((e) => {
      if (e.type === 'job-finished' && e.jobId === jobId) {
        off();
        resolve(e);
      }
    });
  });
}

describe('cases API', () => {
  it('creates a case, adds posts by id and by filter, and records everything with the reviewer’s name', async () => {
    const s = api.open();
    const person = one(s, 'SELECT id FROM people ORDER BY id LIMIT 1');
    const threats = s.ctx.db
      .prepare("SELECT id FROM posts WHERE top_category = 'threat' ORDER BY id LIMIT 3")
      .pluck()
      .all() as number[];
    const made = await ok(s, 'cases.create', { title: 'Threats', personId: person, postIds: threats });
    expect(made.posts).toBe(3);
    expect(api.events).toContainEqual({
      type: 'data-changed',
      tables: expect.arrayContaining(['cases', 'case_posts']),
    });

    const filter = { personIds: [person], categories: ['threat'] };
    const expected = one(
      s,
      "SELECT count(*) FROM posts p WHERE p.top_category = 'threat' AND p.id IN (SELECT post_id FROM mentions WHERE person_id = ?)",
      person,
    );
    const byFilter = await ok(s, 'cases.addByFilter', { id: made.id, filter, note: 'Every threat to her' });
    expect(byFilter.added + byFilter.already).toBe(expected);
    const detail = await ok(s, 'cases.get', { id: made.id });
    expect(detail.posts).toBe(
      new Set([
        ...threats,
        ...(s.ctx.db
          .prepare(
            "SELECT p.id FROM posts p WHERE p.top_category = 'threat' AND p.id IN (SELECT post_id FROM mentions WHERE person_id = ?)",
          )
          .pluck()
          .all(person) as number[]),
      ]).size,
    );
    const added = detail.events.filter((e) => e.kind === 'posts_added');
    expect(added.at(-1)).toMatchObject({
      actor: 'Sam Patel',
      body: 'Every threat to her',
      detail: expect.objectContaining({ filter }),
    });

    const page = await ok(s, 'cases.posts', { id: made.id, limit: 2 });
    expect(page.total).toBe(detail.posts);
    expect(page.rows).toHaveLength(2);
    expect(page.rows[0]!.createdAt <= page.rows[1]!.createdAt).toBe(true);

    const st = await ok(s, 'cases.setStatus', {
      id: made.id,
      status: 'referred_police',
      dated: '2025-03-05',
      reference: { kind: 'police', reference: 'CR/77' },
    });
    expect(st).toMatchObject({
      status: 'referred_police',
      policeRef: 'CR/77',
      referredPoliceAt: '2025-03-05',
    });
    const withNote = await ok(s, 'cases.addNote', { id: made.id, text: 'Officer assigned' });
    expect(withNote.events.at(-1)).toMatchObject({
      kind: 'note',
      body: 'Officer assigned',
      actor: 'Sam Patel',
    });
    expect((await ok(s, 'cases.list', {}))[0]).toMatchObject({ id: made.id, policeRef: 'CR/77' });
    const inCases = await ok(s, 'cases.ofPosts', { postIds: [threats[0]!] });
    expect(inCases).toEqual([{ caseId: made.id, postId: threats[0] }]);
  });

  it('explains bad input in plain words', async () => {
    const s = api.open();
    expect(fail(await s.call('cases.create', { title: '  ' })).message).toMatch(/needs a title/);
    expect(fail(await s.call('cases.get', { id: 999 })).message).toBe('There is no case number 999.');
    const c = await ok(s, 'cases.create', { title: 'Empty' });
    expect(fail(await s.call('cases.setStatus', { id: c.id, status: 'open' })).message).toMatch(/already/);
    expect(
      fail(await s.call('cases.setStatus', { id: c.id, status: 'closed', dated: '2025-13-01' })).message,
    ).toMatch(/real date|YYYY-MM-DD/);
    expect(
      fail(await s.call('cases.addByFilter', { id: c.id, filter: { query: 'zzzznotaword' } })).message,
    ).toMatch(/No posts match/);
    expect(fail(await s.call('evidence.export', { caseId: c.id })).message).toMatch(/no posts yet/);
  });

  it('builds an evidence pack in a job, records it in the timeline, and reads it back and verifies it', async () => {
    const packs = tempDir('bulwark-packs-');
    process.env.BULWARK_PACKS = packs;
    try {
      const s = api.open();
      const ids = s.ctx.db
        .prepare('SELECT id FROM posts WHERE abusive = 1 ORDER BY id LIMIT 25')
        .pluck()
        .all() as number[];
      const c = await ok(s, 'cases.create', { title: 'For the police', postIds: ids });
      const started = await ok(s, 'evidence.export', { caseId: c.id, redact: ['reviewers'] });
      expect(started.fileName).toMatch(/^case-\d+-for-the-police-\d{8}-\d{6}-redacted\.zip$/);
      const done = await finished(s, started.jobId);
      expect(done.ok).toBe(true);
      const result = done.result as EvidencePackResult;
      expect(result).toMatchObject({
        caseId: c.id,
        posts: 25,
        fileName: started.fileName,
        redacted: ['reviewers'],
      });
      expect(fs.existsSync(path.join(packs, started.fileName))).toBe(true);
      const detail = await ok(s, 'cases.get', { id: c.id });
      expect(detail.events.at(-1)).toMatchObject({
        kind: 'exported',
        detail: expect.objectContaining({ file: started.fileName, packId: result.packId }),
      });
      expect(one(s, "SELECT count(*) FROM audit_log WHERE action = 'case.export'")).toBe(1);

      const file = await ok(s, 'evidence.download', { file: started.fileName });
      expect(
        Buffer.from(file.base64, 'base64').equals(fs.readFileSync(path.join(packs, started.fileName))),
      ).toBe(true);
      expect(fail(await s.call('evidence.download', { file: '../bulwark.db' })).code).toBe('INVALID_INPUT');
      const check = await ok(s, 'evidence.verify', { path: path.join(packs, started.fileName) });
      expect(check).toMatchObject({ status: 'intact', posts: 25, packId: result.packId });

      const fromFilter = await ok(s, 'evidence.exportFilter', {
        filter: { categories: ['threat'] },
        title: 'All threats',
      });
      const fdone = await finished(s, fromFilter.jobId);
      expect(fdone.ok).toBe(true);
      expect(fromFilter.fileName).toMatch(/^posts-all-threats-/);
      expect((fdone.result as EvidencePackResult).posts).toBe(
        one(s, "SELECT count(*) FROM posts WHERE top_category = 'threat'"),
      );
      expect(one(s, "SELECT count(*) FROM audit_log WHERE action = 'evidence.export'")).toBe(1);
    } finally {
      delete process.env.BULWARK_PACKS;
    }
  });
});
