import Database from 'better-sqlite3';
import { expect, test, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { startShell, type RunningShell } from './support/webShell';

/** Screenshots for people to look at (light and dark); set BULWARK_REVIEW_SHOTS to choose the folder. */
const SHOTS = process.env.BULWARK_REVIEW_SHOTS ?? path.join(__dirname, '..', '..', 'test-results', 'review');

/** Page object for the Review and Urgent screens. */
class ReviewPage {
  constructor(readonly page: Page) {}

  card(): Locator {
    return this.page.getByRole('article');
  }

  postText(): Locator {
    return this.card().getByTestId('post-text');
  }

  async currentPostId(): Promise<number> {
    return Number(await this.card().getAttribute('data-post-id'));
  }

  /** Waits for the card to show a different post than `previous`. */
  async nextPostId(previous: number): Promise<number> {
    await expect.poll(() => this.currentPostId()).not.toBe(previous);
    return this.currentPostId();
  }

  message(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}

// Each test loads the 20,000-post demo into a fresh database first, which takes a while on this machine.
test.describe.configure({ timeout: 300_000 });

let shell: RunningShell;
test.beforeEach(async () => {
  shell = await startShell();
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterEach(async () => {
  await shell.stop();
});

function db(): Database.Database {
  return new Database(shell.dbPath, { readonly: true });
}

function query<T>(sql: string, ...params: unknown[]): T {
  const d = db();
  try {
    return d.prepare(sql).get(...params) as T;
  } finally {
    d.close();
  }
}

async function loadDemoAndName(page: Page, app: AppPage): Promise<void> {
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect.poll(() => app.statValue('Posts'), { timeout: 90_000 }).toBeGreaterThan(0);
  await app.goTo('Settings');
  await page.getByLabel('Reviewer name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved.')).toBeVisible();
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

/** Scrolls the screen (the main area, not the window) so this element sits near the top. */
async function scrollToTop(el: Locator): Promise<void> {
  await el.evaluate((node) => {
    const main = document.getElementById('main-content')!;
    main.scrollTop += node.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
  });
}

test('review: blurred until revealed, decisions by keyboard and button, undo, all in the database', async ({
  page,
}) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await loadDemoAndName(page, app);

  await app.goTo('Review');
  await expect(page.getByText('Reviewing as')).toContainText('Sam Patel');
  await expect(review.card()).toBeVisible();
  // The queue count is the database's.
  const queued = query<{ n: number }>(
    "SELECT count(*) AS n FROM posts WHERE abusive = 1 AND review_status = 'unreviewed'",
  ).n;
  await expect(page.getByText(`${queued.toLocaleString('en-GB')} posts to review`)).toBeVisible();

  // Most severe first, and blurred: hidden from screen readers too.
  const first = await review.currentPostId();
  expect(query<{ severity: number }>('SELECT severity FROM posts WHERE id = ?', first).severity).toBe(4);
  await expect(review.postText()).toHaveAttribute('aria-hidden', 'true');
  await expect(review.card().getByRole('button', { name: 'Reveal text' })).toBeVisible();
  await expect(review.card().getByRole('heading', { name: 'Why it was flagged' })).toBeVisible();
  await app.expectAccessible('review (blurred)');
  await shot(page, 'review-blurred-light');

  // Reveal with the keyboard: the highlighted words are marks inside the plain text.
  await page.keyboard.press('v');
  await expect(review.postText()).not.toHaveAttribute('aria-hidden', 'true');
  await expect(review.postText().locator('mark').first()).toBeVisible();
  await app.expectAccessible('review (revealed)');
  await shot(page, 'review-revealed-light');
  await scrollToTop(review.card().getByRole('heading', { name: 'Why it was flagged' }));
  await shot(page, 'review-why-light');
  await page.locator('#main-content').evaluate((el) => el.scrollTo({ top: 0 }));

  // Confirm with the keyboard.
  await page.keyboard.press('c');
  await expect(review.message('Confirmed as abuse')).toBeVisible();
  expect(query('SELECT review_status, abusive FROM posts WHERE id = ?', first)).toEqual({
    review_status: 'confirmed',
    abusive: 1,
  });
  expect(query('SELECT reviewer, action FROM reviews WHERE post_id = ? ORDER BY id DESC', first)).toEqual({
    reviewer: 'Sam Patel',
    action: 'confirm',
  });
  expect(
    query('SELECT actor FROM audit_log WHERE action = ? AND entity_id = ?', 'review.confirm', String(first)),
  ).toEqual({ actor: 'Sam Patel' });
  // The next post is shown, blurred again.
  const second = await review.nextPostId(first);
  await expect(review.postText()).toHaveAttribute('aria-hidden', 'true');

  // Reject with the button.
  await review.card().getByRole('button', { name: 'Not abuse' }).click();
  await expect(review.message('Marked not abuse')).toBeVisible();
  expect(
    query('SELECT review_status, abusive, severity, top_category FROM posts WHERE id = ?', second),
  ).toEqual({
    review_status: 'rejected',
    abusive: 0,
    severity: 0,
    top_category: 'political_criticism',
  });
  const third = await review.nextPostId(second);

  // Undo brings the rejected post back, unreviewed, and selects it.
  await page.keyboard.press('u');
  await expect(review.message('Undone')).toBeVisible();
  expect(query('SELECT review_status FROM posts WHERE id = ?', second)).toEqual({
    review_status: 'unreviewed',
  });
  expect(query<{ n: number }>("SELECT count(*) AS n FROM audit_log WHERE action = 'review.undo'").n).toBe(1);
  await expect.poll(() => review.currentPostId()).toBe(second);

  // Change category from the picker (K), keyboard all the way.
  await page.keyboard.press('k');
  const dialog = page.getByRole('dialog', { name: 'Change category' });
  await expect(dialog).toBeVisible();
  await app.expectAccessible('category picker');
  await shot(page, 'review-category-picker-light');
  await dialog.getByRole('radio', { name: /Harassment/ }).check();
  await dialog.getByRole('button', { name: 'File under this category' }).click();
  await expect(dialog).toBeHidden();
  expect(query('SELECT review_status, top_category FROM posts WHERE id = ?', second)).toEqual({
    review_status: 'confirmed',
    top_category: 'harassment',
  });

  // A note (N) keeps the verdict.
  const current = await review.currentPostId();
  expect(current).toBe(third);
  await page.keyboard.press('n');
  const note = page.getByRole('dialog', { name: 'Add a note' });
  await note.getByLabel('Note').fill('Same account as last week.');
  await note.getByRole('button', { name: 'Save note' }).click();
  await expect(review.message('Note added')).toBeVisible();
  expect(query('SELECT note, status FROM reviews WHERE post_id = ? ORDER BY id DESC', third)).toEqual({
    note: 'Same account as last week.',
    status: 'unreviewed',
  });

  // Next / previous by keyboard.
  await page.keyboard.press('j');
  const fourth = await review.nextPostId(third);
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => review.currentPostId()).toBe(third);
  expect(fourth).not.toBe(third);

  // Dark theme (following the computer's setting).
  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('review (dark)');
  await shot(page, 'review-blurred-dark');
  await page.keyboard.press('v');
  await shot(page, 'review-revealed-dark');
  await scrollToTop(review.card().getByRole('heading', { name: 'Why it was flagged' }));
  await shot(page, 'review-why-dark');
});

test('urgent: the badge counts S4 posts not rejected, and the list matches the database', async ({
  page,
}) => {
  const app = new AppPage(page);
  const review = new ReviewPage(page);
  await loadDemoAndName(page, app);

  const urgentCount = () =>
    query<{ n: number }>("SELECT count(*) AS n FROM posts WHERE severity = 4 AND review_status <> 'rejected'")
      .n;
  const badge = app.nav().getByTestId('urgent-count');
  await expect(badge).toHaveText(new RegExp(`^${urgentCount()}\\b`));

  await app.goTo('Urgent');
  await expect(page.getByText(`${urgentCount()} urgent posts`)).toBeVisible();
  await app.expectAccessible('urgent');
  await shot(page, 'urgent-light');

  // Rejecting one takes it off Urgent and the badge follows.
  const before = urgentCount();
  const id = await review.currentPostId();
  await page.keyboard.press('r');
  await expect(review.message('Marked not abuse')).toBeVisible();
  expect(urgentCount()).toBe(before - 1);
  await expect(badge).toHaveText(new RegExp(`^${before - 1}\\b`));
  // Confirming keeps the next one on the list, marked as confirmed.
  const next = await review.nextPostId(id);
  await page.keyboard.press('c');
  await expect(review.message('Confirmed as abuse')).toBeVisible();
  expect(query('SELECT review_status, severity FROM posts WHERE id = ?', next)).toEqual({
    review_status: 'confirmed',
    severity: 4,
  });
  await expect(badge).toHaveText(new RegExp(`^${before - 1}\\b`));
  await expect(
    page.getByRole('list', { name: 'Urgent posts' }).getByText('Confirmed as abuse').first(),
  ).toBeVisible();

  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('urgent (dark)');
  await shot(page, 'urgent-dark');
});

test('posts: tag a post the classifier missed as a threat; it joins Urgent, then undo', async ({ page }) => {
  const app = new AppPage(page);
  await loadDemoAndName(page, app);
  const missed = query<{ id: number }>(
    "SELECT id FROM posts WHERE abusive = 0 AND review_status = 'unreviewed' ORDER BY id LIMIT 1",
  ).id;
  const urgentCount = () =>
    query<{ n: number }>("SELECT count(*) AS n FROM posts WHERE severity = 4 AND review_status <> 'rejected'")
      .n;
  const before = urgentCount();
  const badge = app.nav().getByTestId('urgent-count');

  await page.goto(`${shell.url}#/posts?post=${missed}`);
  const detail = page.getByTestId('post-detail');
  const decision = detail.getByRole('region', { name: 'Your decision' });
  await expect(decision).toContainText('Not flagged.');
  await decision.getByRole('button', { name: 'Tag as abuse…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Threat of death or serious harm/ }).check();
  await app.expectAccessible('posts (tag as abuse dialog)');
  await shot(page, 'posts-tag-dialog-light');
  await dialog.getByRole('button', { name: 'File under this category' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Decision recorded' })).toContainText(
    'now Threat of death or serious harm',
  );
  expect(
    query('SELECT abusive, severity, top_category, review_status FROM posts WHERE id = ?', missed),
  ).toEqual({ abusive: 1, severity: 4, top_category: 'threat', review_status: 'confirmed' });
  expect(urgentCount()).toBe(before + 1);
  await expect(badge).toHaveText(new RegExp(`^${before + 1}\\b`));
  expect(
    query<{ n: number }>(
      "SELECT count(*) AS n FROM audit_log WHERE action = 'review.recategorise' AND entity_id = ?",
      String(missed),
    ).n,
  ).toBe(1);
  await expect(detail.getByRole('region', { name: 'Review history' })).toContainText('Sam Patel');
  await app.expectAccessible('posts (after tagging)');
  await shot(page, 'posts-tagged-light');

  await decision.getByRole('button', { name: 'Undo last decision' }).click();
  await expect(detail.getByRole('status').filter({ hasText: 'Decision undone' })).toContainText('not abuse');
  expect(query('SELECT abusive, review_status FROM posts WHERE id = ?', missed)).toEqual({
    abusive: 0,
    review_status: 'unreviewed',
  });
  await expect(badge).toHaveText(new RegExp(`^${before}\\b`));
});

test('settings: change a category’s severity, reclassify with progress, human decisions kept', async ({
  page,
}) => {
  const app = new AppPage(page);
  await loadDemoAndName(page, app);

  // A human decision on a personal-insult post first.
  const decided = query<{ id: number }>(
    "SELECT id FROM posts WHERE top_category = 'personal_insult' AND review_status = 'unreviewed' LIMIT 1",
  ).id;
  await call(page, 'review.decide', { postId: decided, action: 'reject' });

  await app.goTo('Settings');
  await expect(page.getByRole('heading', { name: 'Categories' })).toBeVisible();
  await app.expectAccessible('settings');
  await scrollToTop(page.getByRole('heading', { name: 'Categories' }));
  await shot(page, 'settings-categories-light');

  await page.getByRole('button', { name: 'Edit Personal insult' }).click();
  const form = page.getByRole('form', { name: 'Edit Personal insult' });
  await form.getByLabel('Default severity').selectOption('3');
  await scrollToTop(form);
  await app.expectAccessible('settings (editing a category)');
  await shot(page, 'settings-category-edit-light');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved “Personal insult” as version 2.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit Personal insult' })).toBeFocused();
  expect(query('SELECT default_severity, version FROM categories WHERE key = ?', 'personal_insult')).toEqual({
    default_severity: 3,
    version: 2,
  });
  expect(
    query<{ n: number }>("SELECT count(*) AS n FROM taxonomy_versions WHERE category_key = 'personal_insult'")
      .n,
  ).toBe(2);

  // Word lists and thresholds.
  const lex = page.getByRole('form', { name: 'Add word: Added words and phrases' });
  await lex.getByLabel('Word or phrase').fill('wombatface');
  await lex.getByLabel('Category').selectOption({ label: 'Personal insult' });
  await lex.getByRole('button', { name: 'Add word' }).click();
  await expect(page.getByText('Added “wombatface” to Personal insult.', { exact: false })).toBeVisible();
  await scrollToTop(page.getByRole('heading', { name: 'Word lists' }));
  await shot(page, 'settings-lexicon-light');
  await page.getByLabel('Model: offensive').fill('1.5');
  await expect(page.getByText('Enter a number from 0.05 to 0.99.')).toBeVisible();
  await page.getByLabel('Model: offensive').fill('0.85');
  await page.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(page.getByText('Thresholds saved.', { exact: false })).toBeVisible();
  await scrollToTop(page.getByRole('heading', { name: 'Thresholds' }));
  await shot(page, 'settings-thresholds-light');

  // Reclassify: progress, then complete. The 20,000 demo posts take about a second, so what the
  // running job showed is recorded as the page changes and checked afterwards: a check made while it
  // runs could come too late on a fast machine.
  await page.evaluate(() => {
    const seen = { progress: false, cancel: false };
    (window as unknown as { reclassifySeen: typeof seen }).reclassifySeen = seen;
    const look = () => {
      const bar = document.querySelector('progress[aria-label="Reclassifying posts"]');
      if (!bar) return;
      seen.progress = true;
      const section = bar.closest('section') ?? document.body;
      if (Array.from(section.querySelectorAll('button')).some((b) => b.textContent === 'Cancel'))
        seen.cancel = true;
    };
    new MutationObserver(look).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  // The word list changed the classifier: every machine-labelled post is now out of date, and says so.
  const section = page.getByRole('region', { name: 'Reclassify all posts' });
  const labelled = query<{ n: number }>(
    "SELECT count(DISTINCT post_id) AS n FROM labels WHERE source <> 'human'",
  ).n;
  await expect(section.getByText('Some labels are out of date')).toBeVisible();
  await expect(section).toContainText(`${labelled.toLocaleString('en-GB')} posts have labels from before`);
  await scrollToTop(page.getByRole('heading', { name: 'Reclassify all posts' }));
  await shot(page, 'settings-reclassify-outdated-light');
  await page.getByRole('button', { name: 'Reclassify all posts' }).click();
  await scrollToTop(page.getByRole('heading', { name: 'Reclassify all posts' }));
  await shot(page, 'settings-reclassify-running-light');
  await expect(page.getByText('Reclassification complete')).toBeVisible({ timeout: 90_000 });
  expect(
    await page.evaluate(() => (window as unknown as { reclassifySeen: unknown }).reclassifySeen),
  ).toEqual({ progress: true, cancel: true });
  await expect(section.getByRole('progressbar', { name: 'Reclassifying posts' })).toHaveCount(0);
  await expect(page.getByText(/posts reclassified in .* Human decisions were kept\./)).toBeVisible();
  await expect(section.getByText('Some labels are out of date')).toHaveCount(0);
  await app.expectAccessible('settings (after reclassify)');
  await scrollToTop(page.getByRole('heading', { name: 'Reclassify all posts' }));
  await shot(page, 'settings-reclassify-light');

  expect(
    query<{ n: number }>(
      "SELECT count(*) AS n FROM labels WHERE category_key = 'personal_insult' AND source <> 'human' AND severity <> 3",
    ).n,
  ).toBe(0);
  expect(query('SELECT review_status, abusive FROM posts WHERE id = ?', decided)).toEqual({
    review_status: 'rejected',
    abusive: 0,
  });

  await page.emulateMedia({ colorScheme: 'dark' });
  await app.expectAccessible('settings (dark)');
  await scrollToTop(page.getByRole('heading', { name: 'Categories' }));
  await shot(page, 'settings-categories-dark');
  await scrollToTop(page.getByRole('heading', { name: 'Thresholds' }));
  await shot(page, 'settings-thresholds-dark');
});

test('without a reviewer name, decisions are refused politely and Settings is one click away', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(shell.url);
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await expect.poll(() => app.statValue('Posts'), { timeout: 90_000 }).toBeGreaterThan(0);
  await app.goTo('Review');
  await expect(page.getByText('Set your reviewer name before reviewing')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Confirm abuse' })).toBeDisabled();
  await page.keyboard.press('c');
  await expect(page.getByText('Set your reviewer name in Settings before making decisions.')).toBeVisible();
  expect(query<{ n: number }>('SELECT count(*) AS n FROM reviews').n).toBe(0);
  await app.expectAccessible('review (no reviewer)');
  await shot(page, 'review-no-reviewer-light');
  await page.getByRole('link', { name: 'Go to Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

/** Calls the web shell's API from the page, as the app does. */
async function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([m, a]) => {
      const token = sessionStorage.getItem('bulwark.token');
      const r = await fetch(`api/${m as string}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(a),
      });
      return (await r.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    },
    [method, args] as const,
  );
  if (!res.ok) throw new Error(`${method}: ${res.error?.message}`);
  return res.value as T;
}

test('an empty queue says so politely', async ({ page }) => {
  const app = new AppPage(page);
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Load demo data' })).toBeVisible();
  await call(page, 'demo.load', { posts: 100, seed: 5 });
  await call(page, 'settings.set', { reviewerName: 'Sam Patel' });
  for (;;) {
    const queue = await call<{ rows: { id: number }[] }>(page, 'review.queue', { limit: 200 });
    if (queue.rows.length === 0) break;
    for (const r of queue.rows) await call(page, 'review.decide', { postId: r.id, action: 'reject' });
  }
  await app.goTo('Review');
  await expect(page.getByRole('heading', { name: 'Nothing to review — all caught up' })).toBeVisible();
  await app.expectAccessible('review (empty)');
  await shot(page, 'review-empty-light');
  await app.goTo('Urgent');
  await expect(page.getByRole('heading', { name: 'No urgent posts' })).toBeVisible();
  await expect(app.nav().getByTestId('urgent-count')).toHaveCount(0);
});
