/** people.* through the API: add, edit, remove, validation messages, audit entries and events. */
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit, verifyAuditChain } from '../../db/audit';
import { PostWriter } from '../../db/posts';
import { setSetting } from '../../db/settings';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { tempDbPath } from '../helpers/tmp';

let service: ApiService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function open(): { s: ApiService; events: ApiEvent[] } {
  service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
  const events: ApiEvent[] = [];
  service.on((e) => events.push(e));
  return { s: service, events };
}

async function ok<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function post(s: ApiService, id: string, text: string, mentioned = '') {
  const w = new PostWriter(s.ctx.db);
  w.post(
    { platform: 'x', platformPostId: id, text, createdAt: '2025-03-01T10:00:00.000Z', raw: text, mentioned },
    null,
    false,
  );
}

describe('people.* API', () => {
  it('adds a person with handles and aliases, audits it as the reviewer, and links earlier posts', async () => {
    const { s, events } = open();
    setSetting(s.ctx.db, 'ui.reviewerName', 'Sam Patel');
    post(s, '1', 'Jane Smith was great on Question Time');
    post(s, '2', 'hey @janesmithmp', '@janesmithmp');
    post(s, '3', 'Nothing to see here');
    const saved = await ok(
      s.call('people.create', {
        name: '  Jane Smith ',
        role: 'mp',
        party: 'Labour',
        constituency: 'Leeds Central',
        gender: '',
        handles: [{ platform: 'x', handle: 'https://x.com/JaneSmithMP' }],
        aliases: [{ alias: 'Smithy', kind: 'nickname' }],
      }),
    );
    expect(saved.person).toMatchObject({
      name: 'Jane Smith',
      role: 'mp',
      party: 'Labour',
      gender: null,
      handles: [{ platform: 'x', handle: 'JaneSmithMP', accountId: null }],
      aliases: [{ alias: 'Smithy', kind: 'nickname' }],
      posts: 2,
      mentionsByHow: { name: 1, handle: 1 },
    });
    expect(saved.person.staffEdited).toEqual([
      'name',
      'role',
      'party',
      'constituency',
      'handles.x',
      'aliases',
    ]);
    expect(saved.rematch).toMatchObject({ mode: 'inline', posts: 3, changedPosts: 2, linked: 2 });
    const entry = listAudit(s.ctx.db, 5).find((a) => a.action === 'person.create')!;
    expect(entry).toMatchObject({ actor: 'Sam Patel', entity: 'person', entity_id: String(saved.person.id) });
    expect(JSON.parse(entry.detail)).toMatchObject({
      name: 'Jane Smith',
      handles: ['x:@JaneSmithMP'],
      aliases: ['Smithy (nickname)'],
    });
    const changed = events
      .filter((e) => e.type === 'data-changed')
      .flatMap((e) => (e.type === 'data-changed' ? e.tables : []));
    expect(changed).toEqual(
      expect.arrayContaining(['people', 'person_handles', 'person_aliases', 'mentions', 'posts']),
    );

    const list = await ok(s.call('people.list', {}));
    expect(list).toEqual([
      expect.objectContaining({
        name: 'Jane Smith',
        posts: 2,
        aliases: 1,
        handles: [{ platform: 'x', handle: 'JaneSmithMP', accountId: null }],
      }),
    ]);
  });

  it('uses "staff" as the actor when no reviewer name is set', async () => {
    const { s } = open();
    await ok(s.call('people.create', { name: 'Ali Khan', role: 'staff' }));
    expect(listAudit(s.ctx.db, 1)[0]).toMatchObject({ actor: 'staff', action: 'person.create' });
  });

  it('explains invalid input field by field', async () => {
    const { s } = open();
    const cases: [unknown, RegExp][] = [
      [{ name: '   ' }, /name: Name is required\./],
      [{ name: 'A', role: 'boss' }, /role: Role must be one of: leader, mp, candidate, staff, other\./],
      [
        { name: 'A', handles: [{ platform: 'x', handle: 'this handle is far too long' }] },
        /handles\.0\.handle: "this handle is far too long" is not a valid X handle: X handles use only letters, digits and underscores/,
      ],
      [
        { name: 'A', handles: [{ platform: 'mastodon', handle: '@jane' }] },
        /Mastodon handles include the server/,
      ],
      [
        { name: 'A', handles: [{ platform: 'x', handle: 'https://www.facebook.com/jane' }] },
        /www\.facebook\.com is not an X address/,
      ],
      [
        { name: 'A', handles: [{ platform: 'myspace', handle: 'tom' }] },
        /handles\.0\.platform: Platform must be one of/,
      ],
      [
        { name: 'A', aliases: [{ alias: ' ', kind: 'name' }] },
        /aliases\.0\.alias: An alias cannot be empty\./,
      ],
      [
        { name: 'A', aliases: [{ alias: 'x', kind: 'slur' }] },
        /Alias kind must be one of: name, nickname, misspelling, abusive/,
      ],
      [{ name: 'x'.repeat(201) }, /Name can be at most 200 characters/],
      [{ name: 'A', extra: 1 }, /extra/],
    ];
    for (const [input, message] of cases) {
      const r = await s.dispatch('people.create', input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('INVALID_INPUT');
        expect(r.error.message).toMatch(message);
      }
    }
    expect(s.ctx.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });

  it('refuses a second person with the same name and constituency', async () => {
    const { s } = open();
    await ok(s.call('people.create', { name: 'Jane Smith', constituency: 'Leeds Central' }));
    const r = await s.call('people.create', { name: 'Ms Jane  SMITH', constituency: 'leeds central' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/Jane Smith \(Leeds Central\) is already on the list/),
      },
    });
    // Same name, another constituency is someone else.
    await ok(s.call('people.create', { name: 'Jane Smith', constituency: 'Bath' }));
  });

  it('edits fields, handles and aliases, recording staff edits and an audit entry with before and after', async () => {
    const { s } = open();
    post(s, '1', 'Old Nick strikes again');
    post(s, '2', '@newjane is on telly', '@newjane');
    const { person } = await ok(
      s.call('people.create', { name: 'Jane Smith', handles: [{ platform: 'x', handle: 'oldjane' }] }),
    );
    expect(person.posts).toBe(0);
    const saved = await ok(
      s.call('people.update', {
        id: person.id,
        party: 'Green Party',
        notes: 'Targeted since March',
        handles: [
          { platform: 'x', handle: '@newjane' },
          { platform: 'bluesky', handle: 'jane.bsky.social' },
        ],
        aliases: [{ alias: 'Old Nick', kind: 'abusive' }],
      }),
    );
    expect(saved.person).toMatchObject({ party: 'Green Party', notes: 'Targeted since March', posts: 2 });
    expect(saved.person.handles.map((h) => h.handle)).toEqual(['newjane', 'jane.bsky.social']);
    expect(saved.person.staffEdited).toEqual(
      expect.arrayContaining(['party', 'notes', 'handles.x', 'handles.bluesky', 'aliases']),
    );
    expect(saved.rematch).toMatchObject({ mode: 'inline', linked: 2 });
    const entry = listAudit(s.ctx.db, 5).find((a) => a.action === 'person.update')!;
    expect(JSON.parse(entry.detail)).toMatchObject({
      changes: { party: [null, 'Green Party'], notes: [null, 'Targeted since March'] },
      handles: { added: ['x:@newjane', 'bluesky:@jane.bsky.social'], removed: ['x:@oldjane'] },
      aliases: { added: ['Old Nick (abusive)'], removed: [] },
    });

    // Saving the same values again changes nothing and writes no audit entry.
    const before = listAudit(s.ctx.db, 1000).length;
    const same = await ok(s.call('people.update', { id: person.id, party: 'Green Party' }));
    expect(same.rematch).toEqual({ mode: 'none' });
    expect(listAudit(s.ctx.db, 1000).length).toBe(before);
  });

  it('removes a person: their links to posts go, the posts stay, and the audit keeps what was removed', async () => {
    const { s, events } = open();
    post(s, '1', 'Jane Smith and Raj Patel at the hustings');
    post(s, '2', 'Jane Smith again');
    const jane = (await ok(s.call('people.create', { name: 'Jane Smith' }))).person;
    await ok(s.call('people.create', { name: 'Raj Patel' }));
    const removed = await ok(s.call('people.remove', { id: jane.id }));
    expect(removed).toEqual({ id: jane.id, name: 'Jane Smith', posts: 2, postsUnmatched: 1 });
    const db = s.ctx.db;
    expect(db.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(2);
    expect(db.prepare('SELECT matched FROM posts ORDER BY id').pluck().all()).toEqual([1, 0]);
    expect(db.prepare('SELECT count(*) FROM mentions WHERE person_id = ?').pluck().get(jane.id)).toBe(0);
    const entry = listAudit(db, 1)[0]!;
    expect(entry).toMatchObject({ action: 'person.delete', entity_id: String(jane.id) });
    expect(JSON.parse(entry.detail)).toMatchObject({
      name: 'Jane Smith',
      mentionsRemoved: 2,
      postsUnmatched: 1,
    });
    expect(events.at(-1)).toMatchObject({
      type: 'data-changed',
      tables: expect.arrayContaining(['people', 'mentions']),
    });
    expect(verifyAuditChain(db).ok).toBe(true);

    const again = await s.call('people.remove', { id: jane.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const missing = await s.call('people.get', { id: 999 });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/no person number 999/) },
    });
  });
});
