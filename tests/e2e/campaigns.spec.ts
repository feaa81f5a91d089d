/**
 * Campaigns and Alerts end to end on `bulwark serve`: load the 20,000-post demo (detection runs when it
 * loads), open a campaign from the list and see its accounts and posts, then open an alert's posts and
 * clear the Alerts badge. axe on each screen; screenshots in light and dark (docs/screenshots for the
 * README, test-results/screens for the rest).
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { startShell, type RunningShell } from './support/webShell';

const DOCS = path.join(__dirname, '..', '..', 'docs', 'screenshots');
const SHOTS = process.env.BULWARK_SHOTS_DIR ?? path.join(__dirname, '..', '..', 'test-results', 'screens');

let shell: RunningShell;
test.describe.configure({ timeout: 300_000 });
test.beforeEach(async () => {
  shell = await startShell();
  fs.mkdirSync(DOCS, { recursive: true });
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterEach(async () => {
  await shell.stop();
});

async function shots(page: Page, name: string, docs: boolean): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const dir = docs && scheme === 'light' ? DOCS : SHOTS;
    await page.screenshot({ path: path.join(dir, `${name}${scheme === 'dark' ? '-dark' : ''}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a campaign opens from the list with its accounts and posts; alerts show the posts behind a spike', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect.poll(() => app.statValue('Posts'), { timeout: 120_000 }).toBeGreaterThan(0);
  await page
    .getByRole('status')
    .filter({ hasText: 'Demo data loaded' })
    .getByRole('button', { name: 'Dismiss' })
    .click();

  await app.goTo('Campaigns');
  const table = page.getByRole('table', { name: /Detected campaigns/ });
  await expect(table.getByRole('row')).toHaveCount(7, { timeout: 60_000 }); // header + 6 planted
  await expect(page.getByText(/Last checked/)).toBeVisible();
  await expect(table.getByText('Political criticism')).toHaveCount(1);
  await app.expectAccessible('Campaigns list');
  await shots(page, 'campaigns-list', true);

  // The pile-on on Daniel Okonkwo's post: its row says how many accounts; the page lists them all.
  const row = table.getByRole('row').filter({ hasText: 'Daniel Okonkwo' }).filter({ hasText: 'Pile-on' });
  const accounts = Number(
    (await row.getByRole('cell').nth(2).innerText()).split('\n')[0]!.replace(/\D/g, ''),
  );
  expect(accounts).toBeGreaterThanOrEqual(10);
  await row.getByRole('link', { name: /Pile-on/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Pile-on aimed at Daniel Okonkwo' }),
  ).toBeVisible();
  await expect(page.getByTestId('campaign-accounts').locator('tbody tr')).toHaveCount(accounts);
  await expect(page.getByTestId('campaign-post').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The post that was piled on' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Add all \d+ posts to a case/ })).toBeEnabled();
  await expect(page.getByLabel('Fewest accounts')).toHaveValue('10');
  await app.expectAccessible('Campaign detail');
  await shots(page, 'campaign-detail', true);

  // An account from the campaign opens its account page.
  const first = page.getByTestId('campaign-accounts').locator('tbody tr').first().getByRole('link');
  await expect(first).toHaveAttribute('href', /#\/accounts\/\d+/);

  await app.goTo('Alerts');
  const badge = page.getByTestId('alerts-count');
  await expect(badge).toBeVisible();
  const cards = page.getByTestId('spike');
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  expect(Number((await badge.innerText()).replace(/\D/g, ''))).toBe(n);
  await cards.first().getByRole('link', { name: 'See the posts' }).click();
  const panel = page.getByRole('region', { name: 'Posts that drove this spike' });
  await expect(panel.getByTestId('campaign-post').first()).toBeVisible();
  await expect(panel.getByText('Abusive').first()).toBeVisible();
  await app.expectAccessible('Alerts');
  await shots(page, 'alerts', true);

  await page.getByRole('button', { name: /Mark all \d+ as seen/ }).click();
  await expect(badge).toBeHidden();
  await expect(page.getByText('New', { exact: true })).toHaveCount(0);
});
