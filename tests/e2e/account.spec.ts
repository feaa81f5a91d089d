import { expect, test } from '@playwright/test';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { SHOTS, useDemoShell } from './support/demoShell';

test.describe.configure({ timeout: 180_000 });

const demo = useDemoShell();
const one = demo.one;

test('account page: course of conduct from the dashboard, its numbers the database’s', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto(`${demo.shell().url}#/dashboard`);
  await expect(page.getByTestId('dashboard-body')).toHaveAttribute('aria-busy', 'false');

  // The most hostile account, from its dashboard table to its page.
  const top = one<number>(
    'SELECT account_id FROM posts WHERE abusive = 1 GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1',
  );
  const handle = one<string>('SELECT handle FROM accounts WHERE id = ?', top);
  const hostile = page.locator('section', {
    has: page.getByRole('heading', { name: 'Most hostile accounts' }),
  });
  await hostile
    .getByRole('link', { name: `@${handle}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`#/accounts/${top}$`));
  await expect(page.getByRole('heading', { level: 1, name: `@${handle}` })).toBeVisible();

  await expect
    .poll(() => app.statValue('Posts'))
    .toBe(one<number>('SELECT count(*) FROM posts WHERE account_id = ?', top));
  await expect
    .poll(() => app.statValue('Abusive posts'))
    .toBe(one<number>('SELECT count(*) FROM posts WHERE account_id = ? AND abusive = 1', top));
  await expect
    .poll(() => app.statValue('People targeted'))
    .toBe(
      one<number>(
        'SELECT count(DISTINCT m.person_id) FROM posts p JOIN mentions m ON m.post_id = p.id WHERE p.account_id = ?',
        top,
      ),
    );
  const first = one<string>('SELECT min(created_at) FROM posts WHERE account_id = ?', top);
  const day = new Date(first).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(page.getByTestId('first-seen')).toHaveText(day);
  await expect(page.getByRole('heading', { name: 'Its posts over time, by category' })).toBeVisible();
  const campaigns = one<number>('SELECT count(*) FROM campaign_accounts WHERE account_id = ?', top);
  if (campaigns === 0)
    await expect(page.getByTestId('account-campaigns')).toContainText('Not part of any detected campaign');
  else await expect(page.getByTestId('account-campaigns').locator('li')).toHaveCount(campaigns);
  await app.expectAccessible('account page');
  await page.setViewportSize({ width: 1280, height: 1900 }); // the screen scrolls inside the frame
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SHOTS, 'account.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // "Read all its posts" opens the explorer on exactly this account's posts, oldest first.
  await page.getByRole('link', { name: 'Read all its posts, oldest first' }).click();
  await expect(page).toHaveURL(new RegExp(`#/posts\\?account=${top}&sort=oldest`));
  const n = one<number>('SELECT count(*) FROM posts WHERE account_id = ?', top);
  await expect(page.getByTestId('result-count')).toHaveText(`${n.toLocaleString('en-GB')} posts match`);
  const oldest = one<number>(
    'SELECT id FROM posts WHERE account_id = ? ORDER BY created_at, id LIMIT 1',
    top,
  );
  await expect(page.getByTestId('post-row').first()).toHaveAttribute('data-post-id', String(oldest));
  await expect(page.getByRole('group', { name: 'Other filters' })).toContainText(`Posts by account ${top}`);
});

test('account page: an unknown account says so plainly', async ({ page }) => {
  await page.goto(`${demo.shell().url}#/accounts/99999999`);
  await expect(page.getByRole('alert')).toContainText('There is no account number 99999999');
});
