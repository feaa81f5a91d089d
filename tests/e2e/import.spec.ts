import Database from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { startShell, type RunningShell } from './support/webShell';
import { readOne } from './support/db';

/** Real sample files (read in place, never copied) and our own small fixtures. */
const SHARED = path.join(__dirname, '..', '..', '..', 'shared', 'fixtures');
const OWN = path.join(__dirname, '..', 'fixtures', 'import-ui');
const SAMPLES = [
  'twitter/twarc-csv_test-data_brexit.v2.jsonl',
  'bluesky/bskyr_app.bsky.feed.searchPosts.json',
  'mastodon/bigbone_public_timeline.json',
  'reddit/pushshift-importer_test_submissions.ndjson',
  'youtube/phoenix_comment_threads_response.json',
].map((f) => path.join(SHARED, f));
const BAD_LINE = path.join(OWN, 'reddit-comments-one-bad-line.ndjson');
const UNKNOWN_CSV = path.join(OWN, 'monitoring-tool-export.csv');
const SHOTS = '/tmp/shots-import';

interface ImportRow {
  id: number;
  status: string;
  read_count: number;
  inserted_count: number;
  duplicate_count: number;
  rejected_count: number;
}

/** Page object for the Import screen. */
class ImportPage {
  constructor(readonly page: Page) {}

  fileInput(): Locator {
    return this.page.getByLabel('Choose files');
  }

  /** A file's row in the queue or in a run's results (each row is labelled by the file name). */
  fileRow(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  result(name: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  /** The number under one count label of a file's result (Records read, New posts added…). */
  async count(name: string, label: string): Promise<number> {
    const box = this.result(name)
      .locator('dl div')
      .filter({ has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) });
    return Number((await box.getByRole('definition').innerText()).replace(/[^\d]/g, ''));
  }

  async startImport(files: number): Promise<void> {
    const button = this.page.getByRole('button', { name: `Import ${files} file${files === 1 ? '' : 's'}` });
    await expect(button).toBeEnabled({ timeout: 30_000 });
    await button.click();
  }

  async waitFinished(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: 'Import finished' })).toBeVisible({
      timeout: 60_000,
    });
  }
}

function openDb(shell: RunningShell) {
  return new Database(shell.dbPath, { readonly: true });
}

function importRow(shell: RunningShell, fileName: string): ImportRow {
  const db = openDb(shell);
  try {
    return db
      .prepare(
        'SELECT id, status, read_count, inserted_count, duplicate_count, rejected_count FROM imports WHERE file_name = ? ORDER BY id DESC',
      )
      .get(fileName) as ImportRow;
  } finally {
    db.close();
  }
}

function scalar(shell: RunningShell, sql: string, ...params: unknown[]): number {
  return readOne<number>(shell.dbPath, sql, ...params);
}

/** Screenshots at 1280×800 in light and dark, for people to look at (not compared). */
async function shoot(page: Page, name: string, focus?: Locator): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  if (focus) await focus.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${scheme}.png`), animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

// These import real files and take screenshots in two themes; allow for a busy machine.
test.describe.configure({ timeout: 240_000 });

let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell();
});
test.afterEach(async () => {
  await shell.stop();
});

// Reads the real sample files in ../shared/fixtures (CI always has them). Without them the test is
// not defined, and the run says so plainly.
const missingSamples = SAMPLES.filter((f) => !fs.existsSync(f));
if (missingSamples.length)
  console.log(`SKIPPED: the shared sample files are not here: ${missingSamples.join(', ')}`);
else
  test('imports several real sample files at once; counts match the database; the posts are listed', async ({
    page,
  }) => {
    const app = new AppPage(page);
    const imp = new ImportPage(page);
    await page.goto(`${shell.url}#/import`);
    await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nothing imported yet' })).toBeVisible();
    await app.expectAccessible('import (empty)');
    await shoot(page, '01-empty');

    // The drop zone's file input is reachable from the keyboard.
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(
        () => (document.activeElement as HTMLInputElement | null)?.type === 'file',
      );
    }
    expect(reached).toBe(true);
    await expect(imp.fileInput()).toBeFocused();

    await imp.fileInput().setInputFiles(SAMPLES);
    for (const f of SAMPLES)
      await expect(imp.fileRow(path.basename(f))).toContainText('Ready', { timeout: 30_000 });
    await expect(imp.fileRow(path.basename(SAMPLES[0]!))).toContainText('X API v2');
    await app.expectAccessible('import (queue)');

    await imp.startImport(SAMPLES.length);
    await imp.waitFinished();
    // The polite live region says how it went.
    await expect(
      page.getByRole('status').filter({ hasText: /Import finished\. 5 files: .* new posts added/ }),
    ).toHaveCount(1);

    for (const f of SAMPLES) {
      const name = path.basename(f);
      const row = importRow(shell, name);
      expect(row.status).toBe('done');
      expect(await imp.count(name, 'Records read')).toBe(row.read_count);
      expect(await imp.count(name, 'New posts added')).toBe(row.inserted_count);
      expect(await imp.count(name, 'Already in Bulwark')).toBe(row.duplicate_count);
      expect(await imp.count(name, 'Rejected')).toBe(row.rejected_count);
      expect(row.inserted_count).toBe(
        scalar(shell, 'SELECT count(*) FROM posts WHERE import_id = ?', row.id),
      );
      expect(row.inserted_count).toBeGreaterThan(0);
    }
    // The history lists every file.
    const history = page.getByRole('table', { name: /Import history/ });
    for (const f of SAMPLES)
      await expect(history.getByRole('rowheader', { name: path.basename(f) })).toBeVisible();
    await app.expectAccessible('import (summary)');
    await shoot(page, '04-summary', page.getByRole('heading', { name: 'Import finished' }));
    await shoot(page, '07-history', page.getByRole('heading', { name: 'Import history' }));

    // Follow the link to the posts one file added.
    const brexit = path.basename(SAMPLES[0]!);
    const brexitRow = importRow(shell, brexit);
    await imp
      .result(brexit)
      .getByRole('link', { name: `View the ${brexitRow.inserted_count} new posts` })
      .click();
    await expect(page).toHaveURL(new RegExp(`#/posts\\?import=${brexitRow.id}$`));
    // The Posts explorer, filtered to that import: its count, and its newest posts first.
    await expect(page.getByTestId('result-count')).toHaveText(
      `${brexitRow.inserted_count.toLocaleString('en-GB')} post${brexitRow.inserted_count === 1 ? '' : 's'} match${brexitRow.inserted_count === 1 ? 'es' : ''}`,
    );
    await expect(page.getByRole('group', { name: 'Other filters' })).toContainText(
      `Added by import ${brexitRow.id}`,
    );
    const db = openDb(shell);
    const expected = db
      .prepare(
        `SELECT '@' || a.handle FROM posts p LEFT JOIN accounts a ON a.id = p.account_id
         WHERE p.import_id = ? ORDER BY p.created_at DESC, p.id DESC LIMIT 5`,
      )
      .pluck()
      .all(brexitRow.id) as (string | null)[];
    db.close();
    const rows = page.getByTestId('post-row');
    await expect(rows.first()).toBeVisible();
    const shown = (await rows.locator('.explorer-who').allInnerTexts()).slice(0, expected.length);
    expect(shown).toEqual(expected.map((h) => h ?? 'Unknown author'));
    await app.expectAccessible('posts (filtered)');
    await shoot(page, '06-posts');

    // Removing the import filter lists every post.
    await page.getByRole('button', { name: `Remove filter: Added by import ${brexitRow.id}` }).click();
    const total = scalar(shell, 'SELECT count(*) FROM posts');
    await expect(page.getByTestId('result-count')).toHaveText(`${total.toLocaleString('en-GB')} posts match`);
  });

test('a file with a broken line: the rest imports and the rejected record is shown with its line and reason', async ({
  page,
}) => {
  const app = new AppPage(page);
  const imp = new ImportPage(page);
  const name = path.basename(BAD_LINE);
  await page.goto(`${shell.url}#/import`);
  await imp.fileInput().setInputFiles([BAD_LINE]);
  await expect(imp.fileRow(name)).toContainText('Reddit dump');
  await imp.startImport(1);
  await imp.waitFinished();

  const row = importRow(shell, name);
  expect(row).toMatchObject({ status: 'done', read_count: 5, inserted_count: 4, rejected_count: 1 });
  expect(await imp.count(name, 'New posts added')).toBe(4);
  expect(await imp.count(name, 'Rejected')).toBe(1);

  await imp.result(name).getByRole('button', { name: 'View rejected records' }).click();
  const panel = page.getByRole('region', { name: `Rejected records in ${name}` });
  await expect(panel).toBeVisible();
  const rejectRow = panel.getByRole('row').nth(1);
  await expect(rejectRow.getByRole('cell').nth(0)).toHaveText('3');
  await expect(rejectRow.getByRole('cell').nth(1)).toContainText('line 3 is not valid JSON');
  await expect(rejectRow.getByRole('cell').nth(2)).toContainText('cut_off_mid_line');
  await app.expectAccessible('import (rejected records)');
  await shoot(page, '05-rejects', imp.result(name));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    imp.result(name).getByRole('button', { name: 'Export rejected records (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('reddit-comments-one-bad-line-rejected.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain('line 3 is not valid JSON');
  await expect(imp.result(name).getByRole('status')).toContainText(
    'reddit-comments-one-bad-line-rejected.csv',
  );

  // The same records are reachable from the history.
  await page
    .getByRole('table', { name: /Import history/ })
    .getByRole('button', { name: `Rejected records in ${name}` })
    .click();
  await expect(page.getByRole('region', { name: `Rejected records in ${name}` })).toHaveCount(2);
});

test('an unknown CSV: match its columns, pick the platform, and its posts arrive as plain text', async ({
  page,
}) => {
  const app = new AppPage(page);
  const imp = new ImportPage(page);
  const name = path.basename(UNKNOWN_CSV);
  const extra = SAMPLES[0]!;
  const withSample = fs.existsSync(extra);
  if (!withSample) console.log(`Note: ${extra} is missing, so the queue shows only the CSV.`);
  await page.goto(`${shell.url}#/import`);
  await imp.fileInput().setInputFiles(withSample ? [extra, UNKNOWN_CSV] : [UNKNOWN_CSV]);

  const row = imp.fileRow(name);
  await expect(row).toContainText('Needs columns matched');
  const form = row.getByRole('group', { name: `Match the columns of ${name}` });
  await expect(form).toBeVisible();
  // Our guesses are preselected.
  await expect(form.getByLabel('Post text')).toHaveValue('Snippet');
  await expect(form.getByLabel('Link to the post')).toHaveValue('Link');

  // Trying to import with gaps says what is missing.
  await page.getByRole('button', { name: /^Import \d files?$/ }).click();
  await expect(form.getByRole('alert')).toContainText('post id, time posted, the platform');
  await app.expectAccessible('import (mapping step)');
  await shoot(page, '02-queue-mapping', page.getByRole('heading', { name: 'Files to import' }));

  await form.getByLabel('Post id').selectOption('Item');
  await form.getByLabel('Time posted').selectOption('Published (UTC)');
  await form.getByLabel('Author handle').selectOption('Account');
  await form.getByLabel('Platform of all posts').selectOption({ label: 'Mastodon' });
  await expect(row).toContainText('Ready');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await shoot(page, '03-mapping-complete', page.getByRole('heading', { name: 'Files to import' }));

  await imp.startImport(withSample ? 2 : 1);
  await imp.waitFinished();
  const rec = importRow(shell, name);
  expect(rec).toMatchObject({ status: 'done', read_count: 4, inserted_count: 4, rejected_count: 0 });
  expect(await imp.count(name, 'New posts added')).toBe(4);
  expect(
    scalar(shell, "SELECT count(*) FROM posts WHERE import_id = ? AND platform = 'mastodon'", rec.id),
  ).toBe(4);

  await imp.result(name).getByRole('link', { name: 'View the 4 new posts' }).click();
  const list = page.getByTestId('post-list');
  await expect(list.getByTestId('post-row')).toHaveCount(4);
  await expect(list).toContainText('@harbour_lights');
  // Markup in a post is shown as text: nothing is parsed, run or fetched.
  await expect(
    list.getByText('<img src=https://example.org/pixel.png onerror=alert(1)>', { exact: false }),
  ).toBeVisible();
  await expect(list.locator('img, b, script')).toHaveCount(0);
  // Local time shown, exact UTC on hover.
  await expect(list.locator('time').first()).toHaveAttribute('title', /UTC$/);
  await app.expectAccessible('posts (mapped import)');
});

test('a large import shows progress, keeps the app usable, and can be cancelled', async ({ page }) => {
  const app = new AppPage(page);
  const imp = new ImportPage(page);
  const big = test.info().outputPath('reddit-comments-large.ndjson');
  // Large enough (about 100 MB) that the import is still running when Cancel is pressed, however fast
  // this machine is: at 100,000 lines a fast run finished first.
  const lines: string[] = [];
  for (let i = 0; i < 400_000; i++) {
    lines.push(
      JSON.stringify({
        author: `user_${i % 5000}`,
        body: `Comment ${i} on the bus subsidy vote and what it means for the town centre.`,
        created_utc: 1709580000 + i,
        id: `big${i}`,
        link_id: 't3_big',
        parent_id: 't3_big',
        permalink: `/r/ukpolitics/comments/big/x/big${i}/`,
        score: i % 50,
        subreddit: 'ukpolitics',
      }),
    );
  }
  fs.writeFileSync(big, lines.join('\n') + '\n');
  const name = path.basename(big);

  await page.goto(`${shell.url}#/import`);
  // Slow the upload down (as a large file over a busy machine would be) to see its progress.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: 4 * 1024 * 1024,
  });
  await imp.fileInput().setInputFiles([big, BAD_LINE]);
  await expect(page.getByRole('progressbar', { name: `Uploading ${name}` })).toBeVisible();
  await expect(imp.fileRow(name)).toContainText(/Uploading [1-9]\d?%/);
  await shoot(page, '02-uploading');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await imp.startImport(2);
  await expect(page.getByRole('heading', { level: 2, name: 'Importing…' })).toBeVisible();
  const progress = page.getByRole('progressbar', { name: `Importing ${name}` });
  await expect(progress).toBeVisible();
  // Wait for a real progress report (records read and time left), then look at it.
  await expect(imp.fileRow(name)).toContainText(/[\d,]+ records read/, { timeout: 30_000 });
  await app.expectAccessible('import (running)');
  await page.locator('#main-content').evaluate((el) => el.scrollTo({ top: 0 }));
  await shoot(page, '03-importing-top');
  await shoot(page, '03-importing', page.getByRole('heading', { name: 'Importing…' }));

  // The window stays responsive: another screen opens, and the import is still there on return.
  await app.goTo('Dashboard');
  await app.goTo('Import');
  await expect(page.getByRole('progressbar', { name: `Importing ${name}` })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Import cancelled' })).toBeVisible({
    timeout: 60_000,
  });
  const rec = importRow(shell, name);
  expect(rec.status).toBe('cancelled');
  expect(await imp.count(name, 'New posts added')).toBe(rec.inserted_count);
  expect(scalar(shell, 'SELECT count(*) FROM posts WHERE import_id = ?', rec.id)).toBe(rec.inserted_count);
  await expect(imp.result(path.basename(BAD_LINE))).toContainText('Not started');
  await shoot(page, '08-cancelled', page.getByRole('heading', { name: 'Import cancelled' }));
});

test('files Bulwark cannot read say why, and the posts screen explains an empty database', async ({
  page,
}) => {
  const app = new AppPage(page);
  const imp = new ImportPage(page);
  await page.goto(`${shell.url}#/posts`);
  await expect(page.getByRole('heading', { name: 'No posts yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import posts' })).toBeVisible();
  await app.expectAccessible('posts (empty)');
  await shoot(page, '09-posts-empty');

  await app.goTo('Import');
  await imp.fileInput().setInputFiles([
    { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
    {
      name: 'photo.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0, 0, 1, 2, 3]),
    },
  ]);
  await expect(imp.fileRow('empty.csv')).toContainText('The file is empty');
  await expect(imp.fileRow('photo.jpg')).toContainText(/binary file/);
  await expect(page.getByRole('button', { name: 'Import' })).toBeDisabled();
  await app.expectAccessible('import (unreadable files)');
  await shoot(page, '10-unreadable', page.getByRole('heading', { name: 'Files to import' }));
  await imp.fileRow('photo.jpg').getByRole('button', { name: 'Remove photo.jpg' }).click();
  await expect(imp.fileRow('photo.jpg')).toHaveCount(0);
});
