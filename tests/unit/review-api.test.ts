import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../db/audit';
import type { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { fail, ok, useDemoApi } from '../helpers/demoApi';

const api = useDemoApi({ posts: 2000, seed: 1 }, 'Sam Patel');
const events = api.events;

type Row = Record<string, unknown>;
const post = (s: ApiService, id: number) =>
  s.ctx.db
    .prepare('SELECT abusive, severity, top_category, review_status FROM posts WHERE id = ?')
    .get(id) as Row;
const humanLabels = (s: ApiService, id: number) =>
  s.ctx.db
    .prepare("SELECT category_key, severity, score FROM labels WHERE post_id = ? AND source = 'human'")
    .all(id) as Row[];
const machineTop = (s: ApiService, id: number) =>
  s.ctx.db
    .prepare(
      "SELECT category_key, severity FROM labels WHERE post_id = ? AND source IN ('rule','model') ORDER BY severity DESC, score DESC LIMIT 1",
    )
    .get(id) as { category_key: string; severity: number };
const count = (s: ApiService, sql: string, ...p: unknown[]) =>
  s.ctx.db
    .prepare(sql)
    .pluck()
    .get(...p) as number;
const lastAudit = (s: ApiService) =>
  s.ctx.db
    .prepare('SELECT actor, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1')
    .get() as Row;

/** The first post in the queue whose top machine label is at most S3 (so escalating can raise nothing odd). */
async function firstQueued(s: ApiService, where = 'p.severity BETWEEN 1 AND 3') {
  return count(
    s,
    `SELECT p.id FROM posts p WHERE p.abusive = 1 AND p.review_status = 'unreviewed' AND ${where} ORDER BY p.severity DESC, p.created_at DESC LIMIT 1`,
  );
}

function waitForJob(s: ApiService, jobId: string): Promise<Extract<ApiEvent, { type: 'job-finished' }>> {
  return new Promise((resolve) => {
    const seen = events.find((e) => e.type === 'job-finished' && e.jobId === jobId);
    if (seen && seen.type === 'job-finished') return resolve(seen);
    const off = s.on((e) => {
      if (e.type === 'job-finished' && e.jobId === jobId) {
        off();
        resolve(e);
      }
    });
  });
}

describe('the review queue', () => {
  it('lists unreviewed abusive posts, most severe first, then newest, with labels, explanations and mentions', async () => {
    const s = api.open();
    const page = await ok(s, 'review.queue', { limit: 200 });
    expect(page.total).toBe(
      count(s, "SELECT count(*) FROM posts WHERE abusive = 1 AND review_status = 'unreviewed'"),
    );
    expect(page.total).toBeGreaterThan(100);
    expect(page.rows).toHaveLength(200);
    for (let i = 1; i < page.rows.length; i++) {
      const a = page.rows[i - 1]!;
      const b = page.rows[i]!;
      expect(a.severity > b.severity || (a.severity === b.severity && a.createdAt >= b.createdAt)).toBe(true);
    }
    const first = page.rows[0]!;
    expect(first.severity).toBe(4);
    expect(first.abusive).toBe(true);
    expect(first.reviewStatus).toBe('unreviewed');
    expect(first.text.length).toBeGreaterThan(0);
    expect(first.labels.length).toBeGreaterThan(0);
    const label = first.labels[0]!;
    expect(['rule', 'model']).toContain(label.source);
    expect(label.explanation.spans.length).toBeGreaterThan(0);
    expect(label.explanation.spans[0]!.end).toBeGreaterThan(label.explanation.spans[0]!.start);
    expect(label.explanation.model).toMatchObject({ offensive: expect.any(Number) });
    expect(page.rows.some((r) => r.mentions.length > 0)).toBe(true);
    expect(page.rows.every((r) => r.canUndo === false && r.lastDecision === null)).toBe(true);
  });

  it('pages, and filters by person and by category', async () => {
    const s = api.open();
    const p1 = await ok(s, 'review.queue', { limit: 10 });
    const p2 = await ok(s, 'review.queue', { limit: 10, offset: 10 });
    expect(p2.rows[0]!.id).not.toBe(p1.rows[0]!.id);
    expect(p2.total).toBe(p1.total);

    const personId = count(
      s,
      'SELECT person_id FROM mentions m JOIN posts p ON p.id = m.post_id WHERE p.abusive = 1 GROUP BY person_id ORDER BY count(*) DESC LIMIT 1',
    );
    const byPerson = await ok(s, 'review.queue', { personId, limit: 200 });
    expect(byPerson.total).toBeGreaterThan(0);
    expect(byPerson.total).toBeLessThan(p1.total);
    expect(byPerson.rows.every((r) => r.mentions.some((m) => m.id === personId))).toBe(true);

    const byCategory = await ok(s, 'review.queue', { category: 'misogyny', limit: 200 });
    expect(byCategory.total).toBeGreaterThan(0);
    expect(byCategory.rows.every((r) => r.labels.some((l) => l.category === 'misogyny'))).toBe(true);
  });

  it('uses the partial indexes for the queue and Urgent instead of scanning every post', () => {
    const s = api.open();
    const plan = (sql: string) =>
      (s.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(
      plan(
        "SELECT p.id FROM posts p WHERE p.abusive = 1 AND p.review_status = 'unreviewed' ORDER BY p.severity DESC, p.created_at DESC, p.id DESC LIMIT 50",
      ),
    ).toMatch(/posts_review_queue/);
    expect(
      plan(
        "SELECT p.id FROM posts p WHERE p.severity = 4 AND p.severity > 0 AND p.review_status <> 'rejected' ORDER BY p.created_at DESC, p.id DESC LIMIT 50",
      ),
    ).toMatch(/posts_severity/);
  });
});

describe('review decisions', () => {
  it('refuses to record a decision until a reviewer name is set, and says where to set it', async () => {
    const s = api.open({ reviewer: null });
    const id = await firstQueued(s);
    const err = fail(await s.call('review.decide', { postId: id, action: 'confirm' }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.message).toMatch(/reviewer name in Settings/);
    expect(post(s, id).review_status).toBe('unreviewed');
    expect(count(s, 'SELECT count(*) FROM reviews')).toBe(0);
  });

  it('confirm: keeps the machine’s top category and severity, adds a human label, a review row and an audit entry', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    const top = machineTop(s, id);
    const before = post(s, id);
    const res = await ok(s, 'review.decide', { postId: id, action: 'confirm' });
    expect(res.verdict).toEqual({
      abusive: true,
      severity: before.severity,
      topCategory: before.top_category,
      reviewStatus: 'confirmed',
    });
    expect(post(s, id)).toEqual({
      abusive: 1,
      severity: top.severity,
      top_category: top.category_key,
      review_status: 'confirmed',
    });
    expect(humanLabels(s, id)).toEqual([
      { category_key: top.category_key, severity: top.severity, score: 1 },
    ]);
    const review = s.ctx.db.prepare('SELECT * FROM reviews WHERE post_id = ?').get(id) as Row;
    expect(review).toMatchObject({
      status: 'confirmed',
      action: 'confirm',
      reviewer: 'Sam Patel',
      category_key: top.category_key,
    });
    expect(lastAudit(s)).toMatchObject({
      actor: 'Sam Patel',
      action: 'review.confirm',
      entity: 'post',
      entity_id: String(id),
    });
    const changed = events.find((e) => e.type === 'data-changed');
    expect(changed?.type === 'data-changed' && changed.tables).toEqual(
      expect.arrayContaining(['posts', 'labels', 'reviews']),
    );
    // It has left the queue.
    const queue = await ok(s, 'review.queue', { limit: 200 });
    expect(queue.rows.some((r) => r.id === id)).toBe(false);
  });

  it('confirm with a category files the post under that category at its severity', async () => {
    const s = api.open();
    const id = await firstQueued(s, "p.top_category = 'profanity'");
    await ok(s, 'review.decide', {
      postId: id,
      action: 'confirm',
      category: 'misogyny',
      note: 'gendered slur in context',
    });
    expect(post(s, id)).toEqual({
      abusive: 1,
      severity: 3,
      top_category: 'misogyny',
      review_status: 'confirmed',
    });
    expect(s.ctx.db.prepare('SELECT note FROM reviews WHERE post_id = ?').pluck().get(id)).toBe(
      'gendered slur in context',
    );
    const err = fail(
      await s.call('review.decide', { postId: id, action: 'confirm', category: 'political_criticism' }),
    );
    expect(err.message).toMatch(/not an abuse category.*reject/);
  });

  it('reject: not abuse, severity 0, filed as political criticism unless another non-abuse category is chosen', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    await ok(s, 'review.decide', { postId: id, action: 'reject' });
    expect(post(s, id)).toEqual({
      abusive: 0,
      severity: 0,
      top_category: 'political_criticism',
      review_status: 'rejected',
    });
    expect(humanLabels(s, id)).toEqual([{ category_key: 'political_criticism', severity: 0, score: 1 }]);
    expect(lastAudit(s)).toMatchObject({ action: 'review.reject' });

    const other = await firstQueued(s);
    await ok(s, 'review.decide', { postId: other, action: 'reject', category: 'supportive' });
    expect(post(s, other)).toMatchObject({
      abusive: 0,
      top_category: 'supportive',
      review_status: 'rejected',
    });
    const err = fail(await s.call('review.decide', { postId: other, action: 'reject', category: 'threat' }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toMatch(/is an abuse category/);
  });

  it('recategorise: a human label with that category’s severity; a non-abuse category means rejected', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    await ok(s, 'review.decide', { postId: id, action: 'recategorise', category: 'harassment' });
    expect(post(s, id)).toEqual({
      abusive: 1,
      severity: 3,
      top_category: 'harassment',
      review_status: 'confirmed',
    });
    expect(humanLabels(s, id)).toEqual([{ category_key: 'harassment', severity: 3, score: 1 }]);
    // One human label per post: a second decision replaces it.
    await ok(s, 'review.decide', { postId: id, action: 'recategorise', category: 'supportive' });
    expect(post(s, id)).toEqual({
      abusive: 0,
      severity: 0,
      top_category: 'supportive',
      review_status: 'rejected',
    });
    expect(humanLabels(s, id)).toEqual([{ category_key: 'supportive', severity: 0, score: 1 }]);
  });

  it('escalate: stays abusive, severity never drops, and a chosen S4 category puts it on Urgent', async () => {
    const s = api.open();
    const id = await firstQueued(s, 'p.severity = 3');
    const before = await ok(s, 'review.urgentCount', {});
    await ok(s, 'review.decide', { postId: id, action: 'escalate', category: 'profanity' });
    expect(post(s, id)).toEqual({
      abusive: 1,
      severity: 3,
      top_category: 'profanity',
      review_status: 'escalated',
    });
    await ok(s, 'review.decide', {
      postId: id,
      action: 'escalate',
      category: 'threat',
      note: 'credible: names the constituency office',
    });
    expect(post(s, id)).toMatchObject({ severity: 4, top_category: 'threat', review_status: 'escalated' });
    expect((await ok(s, 'review.urgentCount', {})).count).toBe(before.count + 1);
    const urgent = await ok(s, 'review.urgent', { limit: 200 });
    const card = urgent.rows.find((r) => r.id === id)!;
    expect(card.lastDecision).toMatchObject({
      action: 'escalate',
      reviewer: 'Sam Patel',
      note: 'credible: names the constituency office',
    });
    expect(card.labels[0]).toMatchObject({ source: 'human', category: 'threat' });
  });

  it('note: recorded with the reviewer, changes no verdict, and needs text', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    const before = post(s, id);
    await ok(s, 'review.decide', {
      postId: id,
      action: 'note',
      note: 'Same account as last week’s threats.',
    });
    expect(post(s, id)).toEqual(before);
    expect(humanLabels(s, id)).toEqual([]);
    expect(s.ctx.db.prepare('SELECT status, action, note FROM reviews WHERE post_id = ?').get(id)).toEqual({
      status: 'unreviewed',
      action: 'note',
      note: 'Same account as last week’s threats.',
    });
    const err = fail(await s.call('review.decide', { postId: id, action: 'note', note: '   ' }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toMatch(/note.*cannot be empty/);
  });

  it('rejects invalid input with clear messages', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    let err = fail(await s.dispatch('review.decide', { postId: id, action: 'delete' }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toMatch(/action: Action must be one of/);
    err = fail(await s.call('review.decide', { postId: id, action: 'recategorise' }));
    expect(err.message).toMatch(/category: Say which category/);
    err = fail(await s.dispatch('review.decide', { postId: 'abc', action: 'confirm' }));
    expect(err.message).toMatch(/postId/);
    err = fail(await s.call('review.decide', { postId: id, action: 'confirm', category: 'Not A Key' }));
    expect(err.message).toMatch(/category key/);
    err = fail(await s.call('review.decide', { postId: id, action: 'confirm', category: 'no_such_thing' }));
    expect(err).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/no category called "no_such_thing"/),
    });
    err = fail(await s.call('review.decide', { postId: 99_999_999, action: 'confirm' }));
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: 'There is no post number 99999999.' });
    err = fail(await s.dispatch('review.queue', { limit: 5000 }));
    expect(err.message).toMatch(/At most 200/);
    await ok(s, 'taxonomy.update', { key: 'ableism', enabled: false });
    err = fail(await s.call('review.decide', { postId: id, action: 'recategorise', category: 'ableism' }));
    expect(err.message).toMatch(/switched off/);
    expect(count(s, 'SELECT count(*) FROM reviews')).toBe(0);
  });
});

describe('undo and history', () => {
  it('reverts the last decision, then the one before, restoring verdicts and human labels; the audit log only grows', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    const original = post(s, id);
    await ok(s, 'review.decide', { postId: id, action: 'confirm' });
    const confirmed = post(s, id);
    await ok(s, 'review.decide', { postId: id, action: 'recategorise', category: 'racism' });
    const auditBefore = count(s, 'SELECT count(*) FROM audit_log');

    const u1 = await ok(s, 'review.undo', { postId: id });
    expect(u1.verdict.reviewStatus).toBe('confirmed');
    expect(post(s, id)).toEqual(confirmed);
    expect(humanLabels(s, id)).toEqual([
      { category_key: confirmed.top_category, severity: confirmed.severity, score: 1 },
    ]);

    await ok(s, 'review.undo', { postId: id });
    expect(post(s, id)).toEqual(original);
    expect(humanLabels(s, id)).toEqual([]);
    expect((await ok(s, 'review.queue', { limit: 200 })).rows.some((r) => r.id === id)).toBe(true);

    const err = fail(await s.call('review.undo', { postId: id }));
    expect(err).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/no decision .* to undo/),
    });

    expect(count(s, 'SELECT count(*) FROM audit_log')).toBe(auditBefore + 2);
    expect(
      count(s, "SELECT count(*) FROM audit_log WHERE action = 'review.undo' AND entity_id = ?", String(id)),
    ).toBe(2);
    expect(verifyAuditChain(s.ctx.db).ok).toBe(true);

    const history = await ok(s, 'review.history', { postId: id });
    expect(history.map((h) => [h.action, h.reverted])).toEqual([
      ['undo', false],
      ['undo', false],
      ['recategorise', true],
      ['confirm', true],
    ]);
    expect(history[0]!.reverts).toBe(history[3]!.id);
    expect(history[2]).toMatchObject({ category: 'racism', categoryName: 'Racism', reviewer: 'Sam Patel' });
  });

  it('undoing a reject puts the post back in the queue with the machine verdict', async () => {
    const s = api.open();
    const id = await firstQueued(s);
    const original = post(s, id);
    await ok(s, 'review.decide', { postId: id, action: 'reject' });
    const card = await ok(s, 'review.post', { postId: id });
    expect(card).toMatchObject({
      reviewStatus: 'rejected',
      canUndo: true,
      lastDecision: { action: 'reject' },
    });
    await ok(s, 'review.undo', { postId: id });
    expect(post(s, id)).toEqual(original);
    expect((await ok(s, 'review.post', { postId: id })).canUndo).toBe(false);
  });
});

describe('human decisions survive re-classification', () => {
  it('keeps confirmed, rejected, escalated and recategorised verdicts and their human labels through a reclassify job', async () => {
    const s = api.open();
    const queue = await ok(s, 'review.queue', { limit: 8 });
    const [a, b, c, d] = queue.rows.map((r) => r.id) as [number, number, number, number];
    await ok(s, 'review.decide', { postId: a, action: 'reject' });
    await ok(s, 'review.decide', { postId: b, action: 'recategorise', category: 'smear' });
    await ok(s, 'review.decide', { postId: c, action: 'escalate' });
    await ok(s, 'review.decide', { postId: d, action: 'confirm', category: 'sexualised' });
    const decided = [a, b, c, d].map((id) => [post(s, id), humanLabels(s, id)]);
    const lastLabelBefore = count(s, 'SELECT max(id) FROM labels');

    // Change everything the classifier depends on, then reclassify.
    await ok(s, 'thresholds.set', { values: { rule: 0.95, offensive: 0.99 } });
    await ok(s, 'taxonomy.update', { key: 'threat', severity: 3 });
    // Both S4 categories move down, so no unreviewed post may stay S4 (strong self-harm pushes clear
    // even the 0.95 rule threshold).
    await ok(s, 'taxonomy.update', { key: 'self_harm', severity: 3 });
    const { jobId } = await ok(s, 'classify.reclassify', {});
    const finished = await waitForJob(s, jobId);
    expect(finished.ok).toBe(true);

    expect([a, b, c, d].map((id) => [post(s, id), humanLabels(s, id)])).toEqual(decided);
    // …while unreviewed posts did take the new settings.
    expect(count(s, "SELECT count(*) FROM posts WHERE review_status = 'unreviewed' AND severity = 4")).toBe(
      0,
    );
    // The machine labels beside the human ones were rewritten, not left stale.
    expect(
      count(
        s,
        "SELECT count(*) FROM labels WHERE source IN ('rule','model') AND post_id IN (?, ?, ?, ?) AND id <= ?",
        a,
        b,
        c,
        d,
        lastLabelBefore,
      ),
    ).toBe(0);
    expect((await ok(s, 'review.history', { postId: a })).length).toBe(1);
  });
});

describe('Urgent', () => {
  it('lists S4 posts not rejected, newest first, and the count matches the database', async () => {
    const s = api.open();
    const urgent = await ok(s, 'review.urgent', { limit: 200 });
    const dbCount = count(s, "SELECT count(*) FROM posts WHERE severity = 4 AND review_status <> 'rejected'");
    expect(dbCount).toBeGreaterThan(0);
    expect(urgent.total).toBe(dbCount);
    expect((await ok(s, 'review.urgentCount', {})).count).toBe(dbCount);
    expect(urgent.rows.every((r) => r.severity === 4 && r.reviewStatus !== 'rejected')).toBe(true);
    for (let i = 1; i < urgent.rows.length; i++)
      expect(urgent.rows[i - 1]!.createdAt >= urgent.rows[i]!.createdAt).toBe(true);

    // Confirming keeps it on Urgent; rejecting takes it off.
    const [first, second] = urgent.rows;
    await ok(s, 'review.decide', { postId: first!.id, action: 'confirm' });
    expect((await ok(s, 'review.urgentCount', {})).count).toBe(dbCount);
    await ok(s, 'review.decide', { postId: second!.id, action: 'reject' });
    expect((await ok(s, 'review.urgentCount', {})).count).toBe(dbCount - 1);
  });
});

describe('review preferences', () => {
  it('blurs by default and remembers the choice', async () => {
    const s = api.open();
    expect(await ok(s, 'review.prefs', {})).toEqual({ reviewerName: 'Sam Patel', blurAbusive: true });
    expect(await ok(s, 'review.setPrefs', { blurAbusive: false })).toEqual({
      reviewerName: 'Sam Patel',
      blurAbusive: false,
    });
    expect((await ok(s, 'review.prefs', {})).blurAbusive).toBe(false);
    const err = fail(await s.dispatch('review.setPrefs', { blurAbusive: 'no' }));
    expect(err.message).toMatch(/true or false/);
  });
});
