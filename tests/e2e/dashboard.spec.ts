import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { SHOTS, useDemoShell } from './support/demoShell';

test.describe.configure({ timeout: 180_000 });

const demo = useDemoShell();
const count = (sql: string, ...params: unknown[]): number => demo.one<number>(sql, ...params);

/** Waits until the dashboard shows the answer for the filter now in the address bar. */
async function settled(page: Page): Promise<void> {
  const body = page.getByTestId('dashboard-body');
  await expect(body).toHaveAttribute('aria-busy', 'false');
}

/** The whole dashboard in one picture (the screen scrolls inside the frame, so grow the window). */
async function tallShot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 2900 });
  await page.waitForTimeout(300); // charts re-measure their containers after a resize
  await page.screenshot({ path: path.join(SHOTS, name) });
  await page.setViewportSize({ width: 1280, height: 800 });
}

function resultCount(page: Page) {
  return page.getByTestId('result-count');
}

test('dashboard: filters in the URL, every chart drills down to exactly the posts it counts', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(`${demo.shell().url}#/dashboard`);
  await settled(page);
  const total = count('SELECT count(*) FROM posts');
  await expect.poll(() => app.statValue('Posts')).toBe(total);
  await expect
    .poll(() => app.statValue('Abusive posts'))
    .toBe(count('SELECT count(*) FROM posts WHERE abusive = 1'));
  for (const title of [
    'Posts over time, by category',
    'Abuse rate per person',
    'Severity',
    'Platforms',
    'Most hostile accounts',
    'Top words and hashtags in abusive posts',
  ])
    await expect(page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  await app.expectAccessible('dashboard');
  await tallShot(page, 'dashboard.png');

  // A filter goes into the address, and reopening the address shows the same view.
  await page.getByRole('button', { name: /Platforms/ }).click();
  await page.getByRole('checkbox', { name: 'X (Twitter)' }).check();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/platform=x/);
  await settled(page);
  const onX = count("SELECT count(*) FROM posts WHERE platform = 'x'");
  await expect.poll(() => app.statValue('Posts')).toBe(onX);
  await page.reload();
  await settled(page);
  await expect.poll(() => app.statValue('Posts')).toBe(onX);

  // Drill down from a severity bar: the explorer lists exactly those posts.
  const severity = page.locator('section', {
    has: page.getByRole('heading', { name: 'Severity', exact: true }),
  });
  await severity.getByText('Show the numbers as a table').click();
  await severity.getByRole('link', { name: /^S3/ }).click();
  await expect(page).toHaveURL(/#\/posts\?.*platform=x.*severity=3|#\/posts\?.*severity=3.*platform=x/);
  const s3 = count("SELECT count(*) FROM posts WHERE platform = 'x' AND severity = 3");
  await expect(resultCount(page)).toHaveText(new RegExp(`^${s3.toLocaleString('en-GB')} posts? match`));
  await page.goBack();
  await settled(page);

  // Drill down from the over-time chart: six months are drawn as stacked areas, and a click opens that day.
  const chart = page.getByTestId('chart-over-time');
  const box = (await chart.boundingBox())!;
  await chart.click({ position: { x: box.width / 2, y: box.height / 2 } });
  await expect(page).toHaveURL(/#\/posts\?/);
  const params = new URLSearchParams(page.url().split('#/posts?')[1]);
  const from = params.get('from')!;
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(params.get('to')).toBe(from);
  const inDay = count(
    "SELECT count(*) FROM posts WHERE platform = 'x' AND substr(created_at, 1, 10) = ?",
    from,
  );
  expect(inDay).toBeGreaterThan(0);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${inDay.toLocaleString('en-GB')} posts? match`));
  await page.goBack();
  await settled(page);

  // A short range is drawn as bars: a bar is one day and one category.
  await page.goto(`${demo.shell().url}#/dashboard?platform=x&from=${from}&to=${from}`);
  await settled(page);
  await page
    .locator('[data-testid=chart-over-time] .recharts-bar-rectangle path')
    .first()
    .click({ force: true });
  await expect(page).toHaveURL(/category=/);
  const bar = new URLSearchParams(page.url().split('#/posts?')[1]);
  const cat = bar.get('category')!;
  const hour = bar.get('from')!; // a one-day range is charted per hour
  const inBar = count(
    `SELECT count(*) FROM posts WHERE platform = 'x' AND substr(created_at, 1, 13) = ?
       AND ${cat === 'none' ? 'top_category IS NULL' : 'top_category = ?'}`,
    hour.slice(0, 13),
    ...(cat !== 'none' ? [cat] : []),
  );
  expect(inBar).toBeGreaterThan(0);
  await expect(resultCount(page)).toHaveText(new RegExp(`^${inBar.toLocaleString('en-GB')} posts? match`));
  await page.goto(`${demo.shell().url}#/dashboard?platform=x`);
  await settled(page);

  // Abuse rate per person: a person's row opens their posts.
  const firstPerson = page.getByTestId('dashboard-body').locator('table').first().locator('tbody tr').first();
  await firstPerson.getByRole('link').first().click();
  await expect(page).toHaveURL(/person=\d+/);
  const personId = Number(new URLSearchParams(page.url().split('#/posts?')[1]).get('person'));
  const abusive = page.url().includes('abusive=1') ? ' AND p.abusive = 1' : '';
  const theirs = count(
    `SELECT count(DISTINCT p.id) FROM posts p JOIN mentions m ON m.post_id = p.id
     WHERE m.person_id = ? AND p.platform = 'x'${abusive}`,
    personId,
  );
  await expect(resultCount(page)).toHaveText(new RegExp(`^${theirs.toLocaleString('en-GB')} posts? match`));
});

test('dashboard: dark theme, and an empty state that says what to do', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${demo.shell().url}#/dashboard`);
  await settled(page);
  await tallShot(page, 'dashboard-dark.png');
  await new AppPage(page).expectAccessible('dashboard (dark)');

  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${demo.shell().url}#/dashboard?from=2001-01-01&to=2001-01-31`);
  await expect(page.getByRole('heading', { name: 'No posts match these filters' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Clear the filters' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'dashboard-empty.png') });
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  await settled(page);
});
