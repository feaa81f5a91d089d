import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit';
import type { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { DEFAULT_THRESHOLDS } from '../../electron/classify/index';
import { fail, ok, useDemoApi } from '../helpers/demoApi';

const api = useDemoApi({ posts: 2000, seed: 1 }, 'Alex Morgan');
const events = api.events;

const count = (s: ApiService, sql: string, ...p: unknown[]) =>
  s.ctx.db
    .prepare(sql)
    .pluck()
    .get(...p) as number;

async function reclassify(s: ApiService): Promise<void> {
  const { jobId } = await ok(s, 'classify.reclassify', {});
  await new Promise<void>((resolve, reject) => {
    const check = (e: ApiEvent) => {
      if (e.type === 'job-finished' && e.jobId === jobId) {
        off();
        if (e.ok) resolve();
        else reject(new Error(e.error));
      }
    };
    const off = s.on(check);
    for (const e of events) check(e);
  });
  expect((await ok(s, 'classify.status', {})).jobId).toBeNull();
}

function addPost(s: ApiService, id: string, text: string): number {
  const info = s.ctx.db
    .prepare(
      "INSERT INTO posts (platform, platform_post_id, text, created_at, raw_sha256) VALUES ('x', ?, ?, '2025-06-01T12:00:00.000Z', 'test')",
    )
    .run(id, text);
  return Number(info.lastInsertRowid);
}

describe('the taxonomy', () => {
  it('lists the seeded categories at version 1, with the not-abuse outcomes protected', async () => {
    const s = api.open({ demo: false });
    const list = await ok(s, 'taxonomy.list', {});
    expect(list).toHaveLength(19);
    expect(list.every((c) => c.version === 1 && c.enabled)).toBe(true);
    expect(list.find((c) => c.key === 'threat')).toMatchObject({
      name: 'Threat of death or serious harm',
      severity: 4,
      isAbuse: true,
      colour: '#000000',
    });
    expect(
      list
        .filter((c) => c.protected)
        .map((c) => c.key)
        .sort(),
    ).toEqual(['political_criticism', 'supportive']);
    expect(
      list
        .filter((c) => c.manualOnly)
        .map((c) => c.key)
        .sort(),
    ).toEqual(['harassment', 'smear']);
    // Migration 004 gave every category its version-1 snapshot.
    const history = await ok(s, 'taxonomy.history', { key: 'threat' });
    expect(history).toEqual([
      expect.objectContaining({ version: 1, change: 'initial', before: null, changedBy: 'system' }),
    ]);
  });

  it('versions every change: bumps the version, keeps a before/after snapshot and writes the audit log', async () => {
    const s = api.open({ demo: false });
    const r1 = await ok(s, 'taxonomy.update', { key: 'profanity', name: 'Swearing', colour: '#aa3377' });
    expect(r1.changed.sort()).toEqual(['colour', 'name']);
    expect(r1.category).toMatchObject({ name: 'Swearing', colour: '#AA3377', version: 2 });
    const r2 = await ok(s, 'taxonomy.update', { key: 'profanity', severity: 0, enabled: false });
    expect(r2.category).toMatchObject({ severity: 0, enabled: false, version: 3 });
    // The same values again change nothing and bump nothing.
    const r3 = await ok(s, 'taxonomy.update', { key: 'profanity', severity: 0 });
    expect(r3).toMatchObject({ changed: [], category: { version: 3 } });

    const history = await ok(s, 'taxonomy.history', { key: 'profanity' });
    expect(history.map((h) => [h.version, h.change, h.fields.sort()])).toEqual([
      [3, 'updated', ['enabled', 'severity']],
      [2, 'updated', ['colour', 'name']],
      [1, 'initial', []],
    ]);
    expect(history[0]).toMatchObject({
      before: { severity: 1, enabled: true },
      after: { severity: 0, enabled: false },
      changedBy: 'Alex Morgan',
    });
    expect(
      count(s, "SELECT count(*) FROM audit_log WHERE action = 'taxonomy.update' AND entity_id = 'profanity'"),
    ).toBe(2);
    const detail = JSON.parse(
      s.ctx.db
        .prepare("SELECT detail FROM audit_log WHERE action = 'taxonomy.update' ORDER BY id DESC LIMIT 1")
        .pluck()
        .get() as string,
    ) as { version: number; changes: Record<string, unknown> };
    expect(detail).toEqual({
      version: 3,
      changes: { default_severity: { from: 1, to: 0 }, enabled: { from: 1, to: 0 } },
    });
    expect(verifyAuditChain(s.ctx.db).ok).toBe(true);
    const changed = events.filter((e) => e.type === 'data-changed');
    expect(changed).toHaveLength(2);
    expect(changed[0]).toEqual({
      type: 'data-changed',
      tables: ['categories', 'taxonomy_versions', 'audit_log'],
    });
  });

  it('protects what Bulwark relies on and explains why', async () => {
    const s = api.open({ demo: false });
    let err = fail(await s.call('taxonomy.update', { key: 'political_criticism', enabled: false }));
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/cannot be switched off/) });
    err = fail(await s.call('taxonomy.update', { key: 'supportive', severity: 2 }));
    expect(err.message).toMatch(/not an abuse category, so its severity stays S0/);
    err = fail(await s.call('taxonomy.update', { key: 'racism', name: 'misogyny' }));
    expect(err).toMatchObject({
      code: 'CONFLICT',
      message: 'Another category is already called “Misogyny”.',
    });
    err = fail(await s.call('taxonomy.update', { key: 'nope', name: 'x' }));
    expect(err.code).toBe('NOT_FOUND');
    err = fail(await s.dispatch('taxonomy.update', { key: 'racism' }));
    expect(err.message).toMatch(/Say what to change/);
    err = fail(await s.dispatch('taxonomy.update', { key: 'racism', severity: 5 }));
    expect(err.message).toMatch(/severity: Severity is from 0/);
    err = fail(await s.dispatch('taxonomy.update', { key: 'racism', colour: 'red' }));
    expect(err.message).toMatch(/colour: A colour is written as #/);
    expect(count(s, 'SELECT max(version) FROM categories')).toBe(1);
  });

  it('adds a category with a checked key slug, at version 1, recorded in its history', async () => {
    const s = api.open({ demo: false });
    for (const key of ['Veiled', '9lives', 'veiled-threat', 'a', 'x'.repeat(41)]) {
      const err = fail(await s.dispatch('taxonomy.add', { key, name: 'Veiled threat' }));
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.message).toMatch(/^Invalid input for taxonomy.add: key: /);
    }
    const added = await ok(s, 'taxonomy.add', {
      key: 'veiled_threat',
      name: 'Veiled threat',
      colour: '#cc6677',
      severity: 3,
      description: 'Menace without explicit words.',
    });
    expect(added).toMatchObject({
      key: 'veiled_threat',
      version: 1,
      severity: 3,
      colour: '#CC6677',
      enabled: true,
      manualOnly: false,
      isAbuse: true,
    });
    expect((await ok(s, 'taxonomy.list', {})).at(-1)!.key).toBe('veiled_threat');
    expect(await ok(s, 'taxonomy.history', { key: 'veiled_threat' })).toEqual([
      expect.objectContaining({ version: 1, change: 'added', before: null, changedBy: 'Alex Morgan' }),
    ]);
    expect(count(s, "SELECT count(*) FROM audit_log WHERE action = 'taxonomy.add'")).toBe(1);

    let err = fail(await s.call('taxonomy.add', { key: 'veiled_threat', name: 'Another name' }));
    expect(err).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/already a category with the key "veiled_threat"/),
    });
    err = fail(await s.call('taxonomy.add', { key: 'satire', name: 'Satire', isAbuse: false, severity: 2 }));
    expect(err.message).toMatch(/not abuse has severity S0/);
    expect(await ok(s, 'taxonomy.add', { key: 'satire', name: 'Satire', isAbuse: false })).toMatchObject({
      severity: 0,
      isAbuse: false,
    });

    // Reviewers can use it at once.
    const postId = addPost(s, 'veiled-1', 'Nice office you have. Shame if something happened to it.');
    await ok(s, 'review.decide', { postId, action: 'recategorise', category: 'veiled_threat' });
    expect(s.ctx.db.prepare('SELECT severity, top_category FROM posts WHERE id = ?').get(postId)).toEqual({
      severity: 3,
      top_category: 'veiled_threat',
    });
  });
});

describe('the lexicon', () => {
  it('stores added and switched-off words, de-duplicated, and audits what changed', async () => {
    const s = api.open({ demo: false });
    expect(await ok(s, 'lexicon.get', {})).toEqual({ add: [], disable: [] });
    const saved = await ok(s, 'lexicon.set', {
      add: [
        { term: '  wombat   face ', category: 'personal_insult' },
        { term: 'Wombat face', category: 'personal_insult' },
      ],
      disable: [{ term: 'cow', category: 'misogyny' }],
    });
    expect(saved).toEqual({
      add: [{ term: 'wombat face', category: 'personal_insult' }],
      disable: [{ term: 'cow', category: 'misogyny' }],
    });
    expect(
      JSON.parse(
        s.ctx.db.prepare("SELECT value FROM settings WHERE key = 'classify.lexicon'").pluck().get() as string,
      ),
    ).toEqual(saved);
    const detail = JSON.parse(
      s.ctx.db.prepare("SELECT detail FROM audit_log WHERE action = 'lexicon.set'").pluck().get() as string,
    ) as Record<string, unknown>;
    expect(detail).toEqual({
      wordsAdded: saved.add,
      wordsRemoved: [],
      switchedOff: saved.disable,
      switchedBackOn: [],
    });
    // Saving the same lists again writes nothing.
    await ok(s, 'lexicon.set', saved);
    expect(count(s, "SELECT count(*) FROM audit_log WHERE action = 'lexicon.set'")).toBe(1);
  });

  it('refuses entries for unknown, non-abuse or reviewer-only categories', async () => {
    const s = api.open({ demo: false });
    let err = fail(await s.call('lexicon.set', { add: [{ term: 'x', category: 'nonsense' }], disable: [] }));
    expect(err.message).toMatch(/no category called "nonsense"/);
    err = fail(
      await s.call('lexicon.set', {
        add: [{ term: 'austerity', category: 'political_criticism' }],
        disable: [],
      }),
    );
    expect(err.message).toMatch(/only be added to abuse categories/);
    err = fail(await s.call('lexicon.set', { add: [{ term: 'liar', category: 'smear' }], disable: [] }));
    expect(err.message).toMatch(/set by reviewers only/);
    err = fail(await s.dispatch('lexicon.set', { add: [{ term: '', category: 'racism' }], disable: [] }));
    expect(err.message).toMatch(/add.0.term: A term cannot be empty/);
  });

  it('changes classification after a reclassify: an added word flags a post, a switched-off word stops flagging', async () => {
    const s = api.open();
    const mine = addPost(s, 'lex-1', 'You absolute wombatface, get off my telly.');
    const kys = addPost(s, 'lex-2', '@someone_mp kys');
    await reclassify(s);
    expect(count(s, 'SELECT abusive FROM posts WHERE id = ?', mine)).toBe(0);
    expect(
      count(
        s,
        "SELECT count(*) FROM labels WHERE post_id = ? AND explanation LIKE '%lex:self_harm:kys%'",
        kys,
      ),
    ).toBe(1);

    await ok(s, 'lexicon.set', {
      add: [{ term: 'wombatface', category: 'personal_insult' }],
      disable: [{ term: 'kys', category: 'self_harm' }],
    });
    await reclassify(s);
    const label = s.ctx.db
      .prepare(
        "SELECT category_key, explanation FROM labels WHERE post_id = ? AND category_key = 'personal_insult'",
      )
      .get(mine) as { category_key: string; explanation: string } | undefined;
    expect(label?.explanation).toContain('lex:personal_insult:wombatface');
    expect(count(s, 'SELECT abusive FROM posts WHERE id = ?', mine)).toBe(1);
    expect(count(s, "SELECT count(*) FROM labels WHERE explanation LIKE '%lex:self_harm:kys%'")).toBe(0);
    expect(
      count(s, "SELECT count(*) FROM labels WHERE post_id = ? AND category_key = 'self_harm'", kys),
    ).toBe(0);
  });
});

describe('thresholds', () => {
  it('shows the defaults, stores only what differs, and validates the range', async () => {
    const s = api.open({ demo: false });
    const t = await ok(s, 'thresholds.get', {});
    expect(t).toEqual({ values: DEFAULT_THRESHOLDS, defaults: DEFAULT_THRESHOLDS, custom: {} });
    const set = await ok(s, 'thresholds.set', { values: { offensive: 0.9, rule: DEFAULT_THRESHOLDS.rule } });
    expect(set.custom).toEqual({ offensive: 0.9 });
    expect(set.values.offensive).toBe(0.9);
    expect(
      JSON.parse(
        s.ctx.db
          .prepare("SELECT value FROM settings WHERE key = 'classify.thresholds'")
          .pluck()
          .get() as string,
      ),
    ).toEqual({ offensive: 0.9 });
    expect(
      JSON.parse(
        s.ctx.db
          .prepare("SELECT detail FROM audit_log WHERE action = 'thresholds.set'")
          .pluck()
          .get() as string,
      ),
    ).toEqual({
      offensive: { from: DEFAULT_THRESHOLDS.offensive, to: 0.9 },
    });
    // Back to the default removes the custom value.
    expect(
      (await ok(s, 'thresholds.set', { values: { offensive: DEFAULT_THRESHOLDS.offensive } })).custom,
    ).toEqual({});
    let err = fail(await s.dispatch('thresholds.set', { values: { offensive: 1.5 } }));
    expect(err.message).toMatch(/values.offensive: A threshold above 0.99/);
    err = fail(await s.dispatch('thresholds.set', { values: { loudness: 0.5 } }));
    expect(err.code).toBe('INVALID_INPUT');
  });

  it('raising the model thresholds removes model-only labels after a reclassify', async () => {
    const s = api.open();
    const before = count(s, "SELECT count(*) FROM labels WHERE source = 'model'");
    expect(before).toBeGreaterThan(0);
    await ok(s, 'thresholds.set', {
      values: {
        offensive: 0.99,
        sexism: 0.99,
        antisemitism: 0.99,
        ruleWithModel: 0.99,
        politicalModel: 0.99,
      },
    });
    await reclassify(s);
    expect(count(s, "SELECT count(*) FROM labels WHERE source = 'model'")).toBeLessThan(before);
  });
});

describe('severity changes and reclassify', () => {
  it('applies a new category severity to machine verdicts, never to reviewed posts', async () => {
    const s = api.open();
    const reviewed = count(
      s,
      "SELECT id FROM posts WHERE top_category = 'dehumanisation' AND severity = 3 LIMIT 1",
    );
    await ok(s, 'review.decide', { postId: reviewed, action: 'confirm' });
    await ok(s, 'taxonomy.update', { key: 'dehumanisation', severity: 2 });
    await reclassify(s);
    expect(
      count(
        s,
        "SELECT count(*) FROM labels WHERE category_key = 'dehumanisation' AND source <> 'human' AND severity <> 2",
      ),
    ).toBe(0);
    expect(
      count(
        s,
        "SELECT count(*) FROM posts WHERE review_status = 'unreviewed' AND top_category = 'dehumanisation' AND severity = 3",
      ),
    ).toBe(0);
    expect(s.ctx.db.prepare('SELECT severity, review_status FROM posts WHERE id = ?').get(reviewed)).toEqual({
      severity: 3,
      review_status: 'confirmed',
    });
    expect(
      count(
        s,
        "SELECT count(*) FROM audit_log WHERE action = 'classify.reclassify' AND actor = 'Alex Morgan'",
      ),
    ).toBe(1);
  });

  it('runs in a worker thread, reports itself running, refuses a second run while busy, and accepts a cancel', async () => {
    const s = api.open({ workerFile: path.join(__dirname, '..', '..', 'dist', 'electron', 'worker.cjs') });
    const { jobId } = await ok(s, 'classify.reclassify', {});
    const finished = new Promise<Extract<ApiEvent, { type: 'job-finished' }>>((resolve) =>
      s.on((e) => {
        if (e.type === 'job-finished' && e.jobId === jobId) resolve(e);
      }),
    );
    expect((await ok(s, 'classify.status', {})).jobId).toBe(jobId);
    const busy = fail(await s.call('classify.reclassify', {}));
    expect(busy).toMatchObject({ code: 'BUSY', message: expect.stringMatching(/already running/) });
    expect(await ok(s, 'classify.cancel', { jobId })).toEqual({ cancelled: true });
    // Whether the worker stops early depends on it seeing the request between batches; either way the
    // job ends cleanly and says which happened.
    const end = await finished;
    expect(end.ok).toBe(true);
    expect(end.result).toMatchObject({ cancelled: expect.any(Boolean), posts: expect.any(Number) });
    expect((await ok(s, 'classify.status', {})).jobId).toBeNull();
    expect(await ok(s, 'classify.cancel', { jobId })).toEqual({ cancelled: false });
  });

  it('answers cancel for a job that is not running, and reports no running job', async () => {
    const s = api.open({ demo: false });
    expect(await ok(s, 'classify.cancel', { jobId: 'reclassify-99' })).toEqual({ cancelled: false });
    expect(await ok(s, 'classify.status', {})).toMatchObject({ jobId: null, outdatedPosts: 0 });
  });

  it('counts the posts a reclassify would bring up to date: older classifier, changed severity, category off', async () => {
    const s = api.open();
    const outdated = async () => (await ok(s, 'classify.status', {})).outdatedPosts;
    const status = await ok(s, 'classify.status', {});
    // The demo was classified by the classifier these settings make: nothing is out of date.
    expect(status.outdatedPosts).toBe(0);
    expect(status.classifierVersion).toMatch(/^rules-.+\+model-[0-9a-f]{12}$/);
    expect(count(s, 'SELECT count(DISTINCT classifier_version) FROM labels')).toBe(1);

    // Labels written by an earlier classifier (as after an update to Bulwark).
    const ids = s.ctx.db
      .prepare("SELECT DISTINCT post_id FROM labels WHERE source = 'rule' ORDER BY post_id LIMIT 3")
      .pluck()
      .all() as number[];
    s.ctx.db
      .prepare(
        `UPDATE labels SET classifier_version = 'rules-1.000000+model-000000000000' WHERE post_id IN (${ids.join(',')})`,
      )
      .run();
    expect(await outdated()).toBe(3);

    // A category's severity changed: its machine labels no longer carry it, until a reclassify.
    await ok(s, 'taxonomy.update', { key: 'personal_insult', severity: 3 });
    const insulted = count(
      s,
      "SELECT count(DISTINCT post_id) FROM labels WHERE category_key = 'personal_insult' AND source <> 'human' AND post_id NOT IN (SELECT value FROM json_each(?))",
      JSON.stringify(ids),
    );
    expect(insulted).toBeGreaterThan(0);
    expect(await outdated()).toBe(3 + insulted);

    // An added word changes the classifier's version: every machine-labelled post is out of date.
    await ok(s, 'lexicon.set', { add: [{ term: 'wombatface', category: 'personal_insult' }], disable: [] });
    const labelled = count(s, "SELECT count(DISTINCT post_id) FROM labels WHERE source <> 'human'");
    expect(await outdated()).toBe(labelled);

    await reclassify(s);
    expect(await outdated()).toBe(0);

    // New thresholds: labels given under the old bars are out of date too.
    await ok(s, 'thresholds.set', { values: { offensive: 0.85 } });
    expect(await outdated()).toBe(
      count(s, "SELECT count(DISTINCT post_id) FROM labels WHERE source <> 'human'"),
    );
    await reclassify(s);
    expect(await outdated()).toBe(0);

    // A category switched off leaves its labels behind until the next reclassify.
    const doxxed = count(s, "SELECT count(DISTINCT post_id) FROM labels WHERE category_key = 'doxxing'");
    expect(doxxed).toBeGreaterThan(0);
    await ok(s, 'taxonomy.update', { key: 'doxxing', enabled: false });
    expect(await outdated()).toBe(doxxed);
    await reclassify(s);
    expect(await outdated()).toBe(0);
  });
});
