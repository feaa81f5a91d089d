import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { startShell, type RunningShell } from './support/webShell';

const SCREENS = ['Dashboard', 'Posts', 'Review', 'People', 'Campaigns', 'Cases', 'Import', 'Settings'];
let shell: RunningShell;

test.beforeEach(async () => {
  shell = await startShell();
});
test.afterEach(async () => {
  await shell.stop();
});

test('first run: load demo data, dashboard matches the database, every screen is reachable and accessible', async ({
  page,
}) => {
  // axe on every screen with demo data is slow on a loaded 2-core machine; this is not a speed test.
  test.setTimeout(300_000);
  const app = new AppPage(page);
  await page.goto(shell.url);

  // First run offers the two ways in.
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Import posts' })).toBeVisible();
  await app.expectAccessible('first run');

  await page.getByRole('button', { name: 'Load demo data' }).click();
  // Wait on the app's own signal: the headline tile shows a non-zero post count.
  await expect.poll(() => app.statValue('Posts'), { timeout: 60_000 }).toBeGreaterThan(0);

  const db = new Database(shell.dbPath, { readonly: true });
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  expect(await app.statValue('Posts')).toBe(count('SELECT count(*) FROM posts'));
  expect(await app.statValue('Abusive posts')).toBe(count('SELECT count(*) FROM posts WHERE abusive = 1'));
  expect(await app.statValue('People mentioned')).toBe(
    count('SELECT count(DISTINCT person_id) FROM mentions'),
  );
  db.close();

  // The charts are real Recharts SVGs with data in them.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await app.expectAccessible('dashboard');

  const shots = path.join(__dirname, '..', '..', 'test-results', 'screens');
  fs.mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'dashboard.png') });
  if (process.env.BULWARK_UPDATE_SCREENSHOTS) {
    await page.screenshot({ path: path.join(__dirname, '..', '..', 'docs', 'screenshots', 'dashboard.png') });
  }

  for (const name of SCREENS) {
    await app.goTo(name);
    await app.expectAccessible(name);
    await page.screenshot({ path: path.join(shots, `${name.toLowerCase()}.png`) });
  }
});

test('dark theme is readable and accessible', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  // Dark backgrounds have low channel values.
  const channels = bg.match(/\d+/g)!.slice(0, 3).map(Number);
  expect(Math.max(...channels)).toBeLessThan(80);
  await app.expectAccessible('first run (dark)');
  await context.close();
});

test('the navigation is usable from the keyboard', async ({ page }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  // Tab until the Settings link has focus, then follow it with Enter.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (/Settings/.test(focused)) break;
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('an API error is shown to the user, not a blank screen', async ({ page }) => {
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await shell.stop();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('alert')).toContainText(/did not answer|npm run web/);
});
