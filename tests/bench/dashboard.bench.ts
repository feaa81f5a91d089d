/**
 * Dashboard, Posts explorer and account page speed at a million posts.
 *   npx tsx tests/bench/run.ts dashboard
 * Uses a copy of BULWARK_BENCH_DB when set (a demo database made by `bulwark demo --posts 1000000`),
 * else generates one (~2 minutes). Reports medians of 7 runs:
 * - each dashboard query (over time, totals/severity/platforms, rate per person, top accounts, top
 *   terms, spikes) for a range of filters — target ≤ 50 ms each;
 * - the first page of a full-text search (cold: no cached match set), for a word in most posts and
 *   rarer ones, newest and most severe first — target ≤ 100 ms;
 * - keeping the rollups fresh: the first full build, and the refresh after a review decision and
 *   after importing a day of posts;
 * - in Chromium (Playwright, the web shell): from a filter change to the charts drawn for it —
 *   target ≤ 300 ms.
 */
import { chromium } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { accountDetail } from '../../db/accounts';
import { openDatabase, type DB } from '../../db/connection';
import { dashboardData } from '../../db/dashboard';
import { decide } from '../../db/reviews';
import { ensureRollups, refreshRollups } from '../../db/rollups';
import { clearSearchCache, searchPosts } from '../../db/search';
import type { PostFilter } from '../../electron/api/filters';

const CLI = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
}

function timeMs(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function benchDb(dir: string): string {
  const file = path.join(dir, 'bench-1m.db');
  const src = process.env.BULWARK_BENCH_DB;
  if (src) {
    console.error(`copying ${src}`);
    fs.copyFileSync(src, file);
  } else {
    console.error('generating 1,000,000 demo posts (about two minutes)');
    execFileSync(process.execPath, [CLI, 'demo', '--posts', '1000000', '--db', file], { stdio: 'inherit' });
  }
  return file;
}

function filtersFor(db: DB): Record<string, PostFilter> {
  const last = (db.prepare('SELECT max(created_at) FROM posts').pluck().get() as string).slice(0, 10);
  const back = (n: number) => {
    const d = new Date(`${last}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - n);
    return d.toISOString().slice(0, 10);
  };
  return {
    everything: {},
    'latest 30 days': { from: back(29), to: last },
    'latest day (hourly)': { from: last, to: last },
    'one person': { personIds: [1] },
    'three people': { personIds: [1, 2, 3] },
    'platform x': { platforms: ['x'] },
    'category threat': { categories: ['threat'] },
    'severity S3+S4': { severities: [3, 4] },
    'confirmed by a reviewer': { reviewStatus: ['confirmed'] },
    'person + platform + 30 days': { personIds: [2], platforms: ['x', 'bluesky'], from: back(29), to: last },
  };
}

function dashboardQueries(db: DB): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [name, f] of Object.entries(filtersFor(db))) {
    const runs: Record<string, number[]> = {};
    const total: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const d = dashboardData(db, f);
      total.push(performance.now() - t);
      for (const [k, v] of Object.entries(d.timings)) if (k !== 'refresh') (runs[k] ??= []).push(v);
    }
    out[name] = {
      ...Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])),
      all: median(total),
    };
  }
  return out;
}

function searchFirstPages(db: DB): Record<string, { ms: number; plan: string; matches: number }> {
  const cases: [string, PostFilter, 'newest' | 'severity'][] = [
    ['"the" (word in ~half the posts), newest', { query: 'the' }, 'newest'],
    ['"the", most severe first', { query: 'the' }, 'severity'],
    ['"you", newest', { query: 'you' }, 'newest'],
    ['"the" NOT tax, newest', { query: 'the NOT tax' }, 'newest'],
    ['"the" + one person + abusive only', { query: 'the', personIds: [1], abusiveOnly: true }, 'newest'],
    ['resign* (prefix)', { query: 'resign*' }, 'newest'],
    ['"go back" (phrase)', { query: '"go back"' }, 'newest'],
    ['tax OR rise', { query: 'tax OR rise' }, 'newest'],
    ['no search, newest', {}, 'newest'],
    ['no search, most severe first', {}, 'severity'],
    ['no search, person + category', { personIds: [3], categories: ['misogyny'] }, 'newest'],
  ];
  const out: Record<string, { ms: number; plan: string; matches: number }> = {};
  for (const [name, filter, sort] of cases) {
    const ts: number[] = [];
    let plan = '';
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      clearSearchCache();
      ts.push(
        timeMs(() => {
          const p = searchPosts(db, { filter, sort, limit: 100 });
          plan = p.plan;
          rows = p.rows.length;
        }),
      );
    }
    out[name] = { ms: median(ts), plan, matches: rows };
  }
  return out;
}

function accountPages(db: DB): Record<string, number> {
  const ids = db
    .prepare(
      'SELECT account_id FROM posts WHERE abusive = 1 GROUP BY account_id ORDER BY count(*) DESC LIMIT 5',
    )
    .pluck()
    .all() as number[];
  return {
    'most hostile 5 accounts, median': median(ids.flatMap((id) => [timeMs(() => accountDetail(db, id))])),
  };
}

function rollupUpkeep(db: DB): Record<string, number> {
  const first = refreshRollups(db);
  const ids = db
    .prepare(
      "SELECT id FROM posts WHERE abusive = 1 AND review_status = 'unreviewed' ORDER BY id DESC LIMIT ?",
    )
    .pluck()
    .all(RUNS) as number[];
  const afterDecision = ids.map((id) => {
    decide(db, { postId: id, action: 'reject' }, 'Bench');
    return timeMs(() => ensureRollups(db));
  });
  // A day of new posts (5,000), as an import appends them.
  const last = (db.prepare('SELECT max(created_at) FROM posts').pluck().get() as string).slice(0, 10);
  db.transaction(() => {
    const ins = db.prepare(
      `INSERT INTO posts (platform, platform_post_id, account_id, text, created_at, raw_sha256, abusive, severity,
         top_category, review_status) VALUES ('x', ?, 1, 'bench post', ?, '', 0, 0, NULL, 'unreviewed')`,
    );
    for (let i = 0; i < 5000; i++)
      ins.run(`bench-${i}`, `${last}T${String(i % 24).padStart(2, '0')}:00:00.000Z`);
  })();
  const afterImport = timeMs(() => ensureRollups(db));
  return {
    'first full build (ms)': first.ms,
    'refresh after one review decision (median ms)': median(afterDecision),
    'refresh after importing 5,000 posts into one day (ms)': Math.round(afterImport),
  };
}

/**
 * Runs in the page: from the moment the address changes to the frame after the charts for the new
 * filter are in the page. A string, so the bundler's helpers never leak into the browser.
 */
const FILTER_CHANGE = `async (hash) => {
  const el = () => document.querySelector('[data-testid=dashboard-body]');
  const before = el() && el().getAttribute('data-filter-key');
  const t0 = performance.now();
  window.location.hash = '#/dashboard' + (hash ? '?' + hash : '');
  await new Promise((resolve) => {
    const check = () => {
      const e = el();
      if (e && e.getAttribute('aria-busy') === 'false' && e.getAttribute('data-filter-key') !== before)
        requestAnimationFrame(() => resolve());
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - t0;
}`;

async function browserFilterChanges(file: string): Promise<{ medianMs: number; runs: number[] }> {
  const child = spawn(process.execPath, [CLI, 'serve', '--db', file, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c) => {
      out += c;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/);
      if (m) resolve(m[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });
  const browser = await chromium.launch({
    executablePath: process.env.BULWARK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${url}#/dashboard`);
    const body = page.getByTestId('dashboard-body');
    await body.waitFor({ timeout: 120_000 });
    await page.waitForSelector('[data-testid=dashboard-body][aria-busy=false]', { timeout: 120_000 });
    const hashes = [
      'platform=x',
      'person=1',
      'person=1,2,3',
      'category=threat',
      'severity=3,4',
      'review=confirmed',
      'platform=bluesky&severity=2',
      '',
    ];
    const runs: number[] = [];
    for (let round = 0; round < 2; round++)
      for (const h of hashes) {
        // From the moment the address changes to the frame after the new charts are in the page.
        const ms = (await page.evaluate(`(${FILTER_CHANGE})(${JSON.stringify(h)})`)) as number;
        runs.push(Math.round(ms));
      }
    return { medianMs: median(runs), runs };
  } finally {
    await browser.close();
    child.kill('SIGTERM');
  }
}

export async function run(): Promise<unknown> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-dash-bench-'));
  try {
    const file = benchDb(dir);
    const db = openDatabase(file);
    const posts = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
    const upkeep = rollupUpkeep(db);
    const dashboard = dashboardQueries(db);
    const search = searchFirstPages(db);
    const accounts = accountPages(db);
    db.close();
    console.error(JSON.stringify({ upkeep, dashboard, search, accounts }, null, 2));
    const browser = await browserFilterChanges(file).catch((e: unknown) => ({ error: String(e) }));
    return {
      name: 'dashboard, explorer and accounts',
      posts,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      rollups: upkeep,
      dashboardQueryMediansMs: dashboard,
      searchFirstPageMediansMs: search,
      accountPageMs: accounts,
      browserFilterChangeToChartsMs: browser,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
