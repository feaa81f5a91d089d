/**
 * Campaign and spike detection on a 20,000-post demo, scored against what the generator planted, and
 * served through the API and the CLI. The 1,000,000-post figures are checked by the benchmark
 * (tests/bench/campaigns.bench.ts), with the same thresholds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignPostIds, listCampaigns } from '../../db/campaigns';
import { listSpikes } from '../../db/spikes';
import { evaluateByKind, evaluateSpikes } from '../../electron/analytics/evaluate';
import { detectAfterImport, isPolitical } from '../../electron/api/handlers/analytics';
import type { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { bulwark } from '../helpers/cli';
import { fail, ok, useDemoApi } from '../helpers/demoApi';
import { tempDir } from '../helpers/tmp';

const api = useDemoApi({ posts: 20_000, seed: 42 }, 'Sam Patel');

function scorable(s: ApiService) {
  return listCampaigns(s.ctx.db).map((r) => ({
    kind: r.kind,
    personId: r.personId,
    postIds: campaignPostIds(s.ctx.db, r.id),
    accountIds: [],
    startMs: Date.parse(r.startAt),
  }));
}

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

describe('campaign detection on the 20k demo (run when the demo loaded)', () => {
  it('finds every planted campaign, per kind, with clean membership', () => {
    const s = api.open();
    const ev = evaluateByKind(s.ctx.db, scorable(s))!;
    expect(ev).not.toBeNull();
    for (const kind of ['coposting', 'hashtag', 'link', 'pileon']) {
      const k = ev[kind]!;
      expect(k.planted, kind).toBeGreaterThanOrEqual(1);
      expect(k.recall, `${kind} campaign recall`).toBe(1);
      expect(k.precision, `${kind} campaign precision`).toBeGreaterThanOrEqual(0.9);
      expect(k.postRecall, `${kind} post recall`).toBeGreaterThanOrEqual(0.9);
      expect(k.postPrecision, `${kind} post precision`).toBeGreaterThanOrEqual(0.85);
    }
    expect(ev.all!.planted).toBe(6);
    expect(ev.all!.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('lists coordinated political criticism as a campaign, marked political; abuse campaigns are not', async () => {
    const s = api.open();
    const { campaigns } = await ok(s, 'campaigns.list', {});
    const hartwell = campaigns.find((c) => c.kind === 'coposting' && c.person === 'Imogen Hartwell');
    const priya = campaigns.find((c) => c.kind === 'coposting' && c.person === 'Priya Raghunathan');
    expect(hartwell?.political).toBe(true);
    expect(priya?.political).toBe(false);
    expect(priya!.abusiveShare).toBeGreaterThan(0.6);
    // Throwaway accounts: the planted copy-paste campaigns use accounts days old.
    expect(priya!.newShare).toBeGreaterThan(0.8);
    expect(campaigns.filter((c) => c.political).map((c) => c.id)).toEqual([hartwell!.id]);
    // Copies of one script, a tenth of them classified as abuse: the script is abuse, whatever the
    // classifier made of the other copies (seen with "wants sharia law… Deport him" at 1M posts).
    expect(isPolitical('coposting', 0.11, 0.88)).toBe(false);
    expect(isPolitical('pileon', 0.11, 0.88)).toBe(true);
  });

  it('finds the planted news spikes, and little else', () => {
    const s = api.open();
    const score = evaluateSpikes(s.ctx.db, listSpikes(s.ctx.db))!;
    expect(score.planted).toBeGreaterThanOrEqual(5);
    expect(score.recall).toBeGreaterThanOrEqual(0.75);
    expect(score.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('answers hot reads from indexes, not scans', () => {
    const s = api.open();
    const plan = (sql: string, ...p: unknown[]) =>
      (s.ctx.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...p) as { detail: string }[])
        .map((r) => r.detail)
        .join('; ');
    expect(plan('SELECT id FROM campaigns WHERE person_id = ? ORDER BY start_at', 1)).toContain(
      'campaigns_person',
    );
    expect(plan('SELECT campaign_id FROM campaign_accounts WHERE account_id = ?', 1)).toContain(
      'campaign_accounts_account',
    );
    expect(plan('SELECT campaign_id FROM campaign_posts WHERE post_id = ?', 1)).toContain(
      'campaign_posts_post',
    );
  });
});

describe('campaigns and alerts API', () => {
  it('serves a campaign with its accounts, timeline, samples and every post id', async () => {
    const s = api.open();
    const { campaigns, status } = await ok(s, 'campaigns.list', {});
    expect(status.stale).toBe(false);
    expect(status.lastRunAt).not.toBeNull();
    const pile = campaigns.find((c) => c.kind === 'pileon')!;
    const d = await ok(s, 'campaigns.get', { id: pile.id });
    expect(d.accounts).toHaveLength(pile.accounts);
    expect(d.timeline.reduce((n, b) => n + b.posts, 0)).toBe(pile.posts);
    expect(d.samples.length).toBeGreaterThan(0);
    expect(d.target?.text).toMatch(/\w/);
    expect(d.params).toMatchObject({ minAccounts: 10, history: { newAccountDays: 30 } });
    const ids = await ok(s, 'campaigns.postIds', { id: pile.id });
    expect(ids).toHaveLength(pile.posts);
    const page = await ok(s, 'campaigns.posts', { id: pile.id, offset: 0, limit: 5 });
    expect(page.total).toBe(pile.posts);
    expect(page.rows).toHaveLength(5);
    const theirs = await ok(s, 'campaigns.forAccount', { accountId: d.accounts[0]!.accountId });
    expect(theirs.map((c) => c.id)).toContain(pile.id);
    expect(fail(await s.call('campaigns.get', { id: 999_999 })).code).toBe('NOT_FOUND');
  });

  it('lists spikes with the abusive posts that drove them, and counts and clears unseen alerts', async () => {
    const s = api.open();
    const spikes = await ok(s, 'spikes.list', {});
    expect(spikes.length).toBeGreaterThan(0);
    const first = spikes[0]!;
    const page = await ok(s, 'spikes.posts', { id: first.id, offset: 0, limit: 50 });
    expect(page.total).toBe(first.abusive);
    expect(page.rows.every((p) => p.abusive)).toBe(true);
    const before = (await ok(s, 'spikes.unseenCount', {})).count;
    expect(before).toBe(spikes.length);
    const marked = await ok(s, 'spikes.markSeen', { ids: [first.id] });
    expect(marked).toEqual({ marked: 1, unseen: before - 1 });
    expect((await ok(s, 'spikes.list', { unseenOnly: true })).map((x) => x.id)).not.toContain(first.id);
    await ok(s, 'spikes.markSeen', { ids: 'all' });
    expect((await ok(s, 'spikes.unseenCount', {})).count).toBe(0);
  });

  it('validates parameters, re-runs detection as a job with progress, and keeps campaign ids', async () => {
    const s = api.open();
    const bad = fail(await s.call('analytics.saveParams', { patch: { pileon: { minAccounts: 1 } } }));
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.message).toMatch(/at least 2/);
    expect(fail(await s.call('analytics.saveParams', { patch: { pileon: { typo: 3 } } } as never)).code).toBe(
      'INVALID_INPUT',
    );
    const before = (await ok(s, 'campaigns.list', {})).campaigns;

    await ok(s, 'analytics.saveParams', { patch: { pileon: { minAccounts: 5000 } } });
    expect((await ok(s, 'analytics.status', {})).stale).toBe(true);
    const run1 = await ok(s, 'analytics.run', {});
    expect((await finished(s, run1.jobId)).ok).toBe(true);
    expect(api.events.some((e) => e.type === 'progress' && e.jobId === run1.jobId)).toBe(true);
    const strict = (await ok(s, 'campaigns.list', {})).campaigns;
    expect(strict.filter((c) => c.kind === 'pileon')).toHaveLength(0);
    expect(strict.length).toBe(before.length - before.filter((c) => c.kind === 'pileon').length);

    const reset = await ok(s, 'analytics.resetParams', {});
    expect(reset.params.pileon!.minAccounts).toBe(10);
    const run2 = await ok(s, 'analytics.run', {});
    await finished(s, run2.jobId);
    const again = (await ok(s, 'campaigns.list', {})).campaigns;
    expect(again).toHaveLength(before.length);
    // Campaigns found again keep their ids (and so links to them keep working).
    for (const c of strict) expect(again.find((x) => x.id === c.id)?.label).toBe(c.label);
  });

  it('runs detection after an import and announces spikes nobody was told about', async () => {
    const s = api.open();
    // Nothing changed: no detection (and so no job) after an import that saved nothing.
    detectAfterImport(s.ctx, Promise.resolve());
    await new Promise((r) => setImmediate(r));
    expect(s.ctx.jobs.list()).toEqual([]);
    // An import that added posts (stands in: the stored results no longer match the database).
    s.ctx.db.prepare('DELETE FROM spikes').run();
    s.ctx.db.prepare('DELETE FROM analytics_runs').run();
    detectAfterImport(s.ctx, Promise.resolve());
    const started = await new Promise<string>((resolve) => {
      const off = s.on((e) => {
        if (e.type === 'progress' && e.jobId.startsWith('analytics')) {
          off();
          resolve(e.jobId);
        }
      });
    });
    await finished(s, started);
    // The announcement follows the job's own finished event.
    await new Promise((r) => setImmediate(r));
    const announced = api.events.find((e) => e.type === 'new-spikes');
    expect(announced?.type === 'new-spikes' && announced.spikes.length).toBe(
      (await ok(s, 'spikes.list', {})).length,
    );
  });
});

describe('bulwark campaigns / spikes', () => {
  it('prints campaigns and spikes as JSON and scores a demo database', () => {
    const s = api.open();
    const file = path.join(tempDir(), 'copy.db');
    s.ctx.db.exec(`VACUUM INTO '${file.replace(/'/g, "''")}'`);
    const r = bulwark(['campaigns', '--db', file, '--json']);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows.length).toBe(6);
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(
        ['accounts', 'end', 'id', 'kind', 'person', 'posts', 'score', 'start'].sort(),
      );
    const sp = bulwark(['spikes', '--db', file, '--json']);
    expect(sp.status).toBe(0);
    expect((JSON.parse(sp.stdout) as unknown[]).length).toBeGreaterThan(0);
    const ev = bulwark(['campaigns', '--db', file, '--evaluate', '--json']);
    expect(ev.status).toBe(0);
    expect((JSON.parse(ev.stdout) as Record<string, { recall: number }>).all!.recall).toBe(1);
    const text = bulwark(['campaigns', '--db', file]);
    expect(text.stdout).toMatch(/Pile-on\s+at Daniel Okonkwo: 16 accounts/);
    expect(text.stdout).toMatch(/mostly political criticism/);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });

  it('runs detection first on a database where it never ran', () => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.db');
    const r = bulwark(['campaigns', '--db', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/has not been run/);
    expect(r.stdout).toMatch(/No coordinated campaigns found/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
