import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { saveVerifiedPack } from './support/packs';
import { SHOTS, useDemoShell } from './support/demoShell';

test.describe.configure({ timeout: 180_000 });

const demo = useDemoShell();
const one = demo.one;

async function search(page: Page, q: string): Promise<void> {
  await page.getByLabel('Search the text of posts').fill(q);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test('explorer: search with filters, scroll a virtualised list, open a post in full', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto(`${demo.shell().url}#/posts`);
  const total = one<number>('SELECT count(*) FROM posts');
  await expect(page.getByTestId('result-count')).toHaveText(`${total.toLocaleString('en-GB')} posts match`);

  // A word in many posts: the count is the index's, every listed post contains it, marked.
  await search(page, 'the');
  await expect(page).toHaveURL(/q=the/);
  const withThe = one<number>(`SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '"the"'`);
  await expect(page.getByTestId('result-count')).toHaveText(`${withThe.toLocaleString('en-GB')} posts match`);
  const rows = page.getByTestId('post-row');
  await expect(rows.first().locator('mark[data-kind="match"]').first()).toHaveText(/^the$/i);

  // Virtualised: scrolling to the end loads the next pages, yet only the visible rows are in the page.
  const list = page.getByTestId('post-list');
  for (let i = 0; i < 4; i++) {
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await page.waitForTimeout(300);
  }
  await expect
    .poll(async () =>
      Math.max(...(await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('aria-posinset')))))),
    )
    .toBeGreaterThan(150);
  expect(await rows.count()).toBeLessThan(60);
  await list.evaluate((el) => el.scrollTo({ top: 0 }));

  // Combined with a filter, newest first: the top row is the newest abusive post containing the word.
  await page.getByLabel('Abusive posts only').check();
  await expect(page).toHaveURL(/abusive=1/);
  const newest = one<number>(
    `SELECT p.id FROM posts p WHERE p.abusive = 1 AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH '"the"')
     ORDER BY p.created_at DESC, p.id DESC LIMIT 1`,
  );
  await expect(rows.first()).toHaveAttribute('data-post-id', String(newest));

  // Most severe first.
  await page.getByLabel('Order').selectOption('severity');
  await expect(page).toHaveURL(/sort=severity/);
  const top = one<number>(
    `SELECT max(p.severity) FROM posts p WHERE p.abusive = 1
     AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH '"the"')`,
  );
  await expect(rows.first().locator('.sev-pill')).toHaveText(new RegExp(`^S${top}`));

  // The detail panel: full text with the search marked, labels explained, thread, source record.
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/post=\d+/);
  const panel = page.getByTestId('post-detail');
  await expect(panel.getByTestId('detail-text').locator('mark[data-kind="match"]').first()).toBeVisible();
  // Abusive text is blurred (and hidden from screen readers) in the list and the panel until revealed.
  await expect(rows.first().locator('.explorer-row-text')).toHaveClass(/is-blurred/);
  await expect(panel.getByTestId('detail-text')).toHaveClass(/is-blurred/);
  await expect(panel.getByTestId('detail-text')).toHaveAttribute('aria-hidden', 'true');
  await panel.getByRole('button', { name: 'Show abusive text' }).click();
  await expect(panel.getByTestId('detail-text')).not.toHaveClass(/is-blurred/);
  await expect(panel.getByTestId('detail-text')).not.toHaveAttribute('aria-hidden', 'true');
  await expect(panel.getByRole('heading', { name: 'Why it was flagged' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Review history' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Thread' })).toBeVisible();
  await panel.getByText('Source record, exactly as imported').click();
  const postId = Number(new URLSearchParams(page.url().split('#/posts?')[1]).get('post'));
  const sha = one<string>('SELECT raw_sha256 FROM posts WHERE id = ?', postId);
  await expect(panel).toContainText(sha);
  await app.expectAccessible('posts explorer with detail');
  // The picture for people: from the search box down, with the open post beside the list.
  await page.setViewportSize({ width: 1400, height: 1150 });
  await page.locator('#main-content').evaluate((el) => el.scrollTo({ top: 0 }));
  await page.screenshot({ path: path.join(SHOTS, 'explorer.png') });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The platform link asks before leaving the app (and opens nothing when the reader says no).
  const url = one<string | null>('SELECT url FROM posts WHERE id = ?', postId);
  if (url) {
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.dismiss();
    });
    const popups: unknown[] = [];
    page.on('popup', (p) => popups.push(p));
    await panel.getByRole('button', { name: /^Open on / }).click();
    await expect.poll(() => asked).toContain(url);
    expect(popups).toEqual([]);
  }

  // Author → account page.
  await panel.getByTestId('author-link').click();
  await expect(page).toHaveURL(/#\/accounts\/\d+$/);
});

test('explorer: search syntax help, accents ignored, and an empty result that says what to do', async ({
  page,
}) => {
  await page.goto(`${demo.shell().url}#/posts`);
  await search(page, '"send them');
  await expect(page.getByRole('alert')).toContainText('quotation mark is not closed');
  await expect(page.getByText('Change the search above to see posts.')).toBeVisible();

  // Accents and capitals do not matter: the same posts either way.
  await search(page, 'THÉ');
  const withThe = one<number>(`SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '"the"'`);
  await expect(page.getByTestId('result-count')).toHaveText(`${withThe.toLocaleString('en-GB')} posts match`);

  await search(page, 'zzqxj');
  await expect(page.getByRole('heading', { name: 'No posts match' })).toBeVisible();
  await expect(page.getByText(/Check the spelling/)).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'explorer-empty.png') });
});

test('explorer: export an evidence pack of exactly the posts a search and filters match', async ({
  page,
}) => {
  await page.goto(`${demo.shell().url}#/posts`);
  await search(page, 'the');
  await page.getByLabel('Abusive posts only').check();
  await expect(page).toHaveURL(/abusive=1/);
  const matching = one<number>(
    `SELECT count(*) FROM posts p WHERE p.abusive = 1
     AND p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH '"the"')`,
  );
  const total = one<number>('SELECT count(*) FROM posts');
  expect(matching).toBeGreaterThan(0);
  expect(matching).toBeLessThan(total);
  await expect(page.getByTestId('result-count')).toHaveText(
    `${matching.toLocaleString('en-GB')} posts match`,
  );

  await page.getByRole('button', { name: 'Export evidence pack…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export an evidence pack' });
  await expect(dialog).toContainText(
    `all ${matching.toLocaleString('en-GB')} posts that match this search and these filters`,
  );
  // A search has no case title, so staff give the pack one for its cover and file name.
  await dialog.getByLabel(/Title on the cover/).fill('Abuse in October');
  await dialog.getByRole('checkbox', { name: /other people’s @handles/ }).check();
  await page.screenshot({ path: '/tmp/explorer-export.png' });
  await dialog.getByRole('button', { name: 'Build redacted pack' }).click();
  await expect(dialog.getByText('The pack is ready')).toBeVisible({ timeout: 120_000 });
  await expect(dialog).not.toContainText('Packs made');
  const pack = await saveVerifiedPack(page, dialog);
  expect(pack.name).toMatch(/^posts-abuse-in-october-\d{8}-\d{6}-redacted\.zip$/);
  expect(pack.manifest.case.title).toBe('Abuse in October');
  expect(pack.manifest.redaction.applied).toEqual(['handles']);
  expect(pack.manifest.posts).toHaveLength(matching);
  expect(pack.text('posts.jsonl').trim().split('\n')).toHaveLength(matching);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});
