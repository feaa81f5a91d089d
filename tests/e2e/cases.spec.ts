/**
 * Cases end to end on `bulwark serve` with a fresh database and demo data: make a case from the review
 * queue, add every post matching an explorer filter, notes, the status workflow with references and
 * dates, the history, then export a redacted evidence pack, save it through the browser and check it
 * with `bulwark verify-pack`. Screenshots: docs/screenshots/cases-*.png (light, and the detail in dark).
 */
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { AppPage } from './support/appPage';
import { readOne } from './support/db';
import { saveVerifiedPack } from './support/packs';
import { startShell, type RunningShell } from './support/webShell';

const SHOTS = process.env.BULWARK_SHOTS_DIR ?? path.join(__dirname, '..', '..', 'docs', 'screenshots');

test.describe.configure({ timeout: 300_000 });

let shell: RunningShell;
test.beforeEach(async () => {
  shell = await startShell();
  fs.mkdirSync(SHOTS, { recursive: true });
});
test.afterEach(async () => {
  await shell.stop();
});

const one = <T>(sql: string, ...params: unknown[]): T => readOne<T>(shell.dbPath, sql, ...params);

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

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

test('a case from the review queue and the explorer, its workflow, and a verified evidence pack', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.goto(shell.url);
  await expect(page.getByRole('button', { name: 'Load demo data' }).first()).toBeVisible();
  await call(page, 'demo.load', { posts: 3000, seed: 11 });
  await expect
    .poll(
      () =>
        call<{ count: number }>(page, 'posts.count', { filter: { categories: ['threat'] } }).then(
          (r) => r.count,
        ),
      {
        timeout: 120_000,
      },
    )
    .toBeGreaterThan(0);
  await app.goTo('Settings');
  await page.getByLabel('Reviewer name').fill('Sam Patel');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText('Name saved.')).toBeVisible();

  // No cases yet: the empty state says what cases are for and where posts come from.
  await app.goTo('Cases');
  await expect(page.getByRole('heading', { name: 'No cases yet' })).toBeVisible();

  // From the review queue: one post into a new case.
  await app.goTo('Review');
  await page.getByRole('button', { name: 'Add to case' }).first().click();
  let dialog = page.getByRole('dialog', { name: 'Add 1 post to a case' });
  await expect(dialog.getByRole('radio', { name: /A new case/ })).toBeChecked();
  await dialog.getByLabel('Title of the new case').fill('Threats to the leader');
  await dialog.getByRole('button', { name: 'Create case and add' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'created with 1 post' })).toBeVisible();
  const caseId = one<number>("SELECT id FROM cases WHERE title = 'Threats to the leader'");

  // From the explorer: every post matching a filter (more than are listed on screen).
  const threats = one<number>("SELECT count(*) FROM posts WHERE top_category = 'threat'");
  await page.goto(`${shell.url}#/posts?category=threat`);
  const addAll = page.getByRole('button', { name: /^Add all [\d,]+ matching posts to a case$/ });
  const addListed = page.getByRole('button', { name: /listed posts to a case/ });
  await expect(addAll.or(addListed).first()).toBeVisible();
  await ((await addAll.isVisible()) ? addAll : addListed).click();
  dialog = page.getByRole('dialog', { name: /to a case$/ });
  await expect(dialog.getByLabel('Case', { exact: true })).toHaveValue(String(caseId));
  await dialog.getByLabel('Note (optional)').fill('Every threat found so far');
  await dialog.getByRole('button', { name: 'Add to case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `to case ${caseId}` })).toBeVisible();
  expect(one<number>('SELECT count(*) FROM case_posts WHERE case_id = ?', caseId)).toBeGreaterThanOrEqual(
    Math.min(threats, 100),
  );

  // From an account page: all its abusive posts (added on the server from the account's filter).
  const account = one<number>(
    'SELECT account_id FROM posts WHERE abusive = 1 AND account_id IS NOT NULL GROUP BY account_id ORDER BY count(*) DESC, account_id LIMIT 1',
  );
  const before = one<number>('SELECT count(*) FROM case_posts WHERE case_id = ?', caseId);
  await page.goto(`${shell.url}#/accounts/${account}`);
  await page.getByRole('button', { name: 'Add its abusive posts to a case' }).click();
  dialog = page.getByRole('dialog', { name: /to a case$/ });
  await dialog.getByRole('button', { name: 'Add to case' }).click();
  await expect(page.getByRole('status').filter({ hasText: `to case ${caseId}` })).toBeVisible();
  const fromAccount = one<number>(
    'SELECT count(*) FROM case_posts cp JOIN posts p ON p.id = cp.post_id WHERE cp.case_id = ? AND p.account_id = ? AND p.abusive = 1',
    caseId,
    account,
  );
  expect(fromAccount).toBe(
    one<number>('SELECT count(*) FROM posts WHERE account_id = ? AND abusive = 1', account),
  );
  const inCase = one<number>('SELECT count(*) FROM case_posts WHERE case_id = ?', caseId);
  expect(inCase).toBeGreaterThanOrEqual(before);

  // The list.
  await app.goTo('Cases');
  const row = page.getByRole('row').filter({ hasText: 'Threats to the leader' });
  await expect(row.getByRole('cell', { name: 'Open' })).toBeVisible();
  await expect(row).toContainText(String(inCase));
  await shot(page, 'cases-list');
  await app.expectAccessible('cases list');

  // The case: notes, status steps with references and dates, another reference, the history.
  await row.getByRole('link', { name: 'Threats to the leader' }).click();
  await expect(page.getByRole('heading', { name: 'Threats to the leader', level: 2 })).toBeVisible();
  await page.getByLabel('Add a note').fill('Member informed; she wants it reported.');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.locator('.case-notes')).toContainText('Member informed; she wants it reported.');

  await page.getByRole('button', { name: 'Change status…' }).click();
  dialog = page.getByRole('dialog', { name: 'Change the status' });
  await expect(dialog.getByRole('radio', { name: 'Reported to platform' })).toBeChecked();
  await dialog.getByLabel('Date it was done').fill('2025-03-02');
  await dialog.getByLabel('Platform report id (optional)').fill('X-RPT-1234');
  await dialog.getByLabel('Platform', { exact: true }).selectOption('x');
  await dialog.getByRole('button', { name: 'Save status' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Status saved' })).toBeVisible();

  await page.getByRole('button', { name: 'Change status…' }).click();
  dialog = page.getByRole('dialog', { name: 'Change the status' });
  await expect(dialog.getByRole('radio', { name: 'Referred to police' })).toBeChecked();
  await dialog.getByLabel('Date it was done').fill('2025-03-05');
  await dialog.getByRole('button', { name: 'Save status' }).click();
  await expect(page.locator('[aria-current="step"]')).toContainText('Referred to police');

  await page.getByRole('button', { name: 'Add reference…' }).click();
  dialog = page.getByRole('dialog', { name: 'Add a reference' });
  await dialog.getByLabel('Reference').fill('01/123456/25');
  await dialog.getByLabel('Date given').fill('2025-03-09');
  await dialog.getByRole('button', { name: 'Add reference' }).click();
  const refs = page.getByRole('region', { name: 'Status and references' });
  await expect(refs).toContainText('Police reference: 01/123456/25');
  await expect(refs).toContainText('Platform report (x): X-RPT-1234');
  await expect(page.locator('.case-timeline')).toContainText(
    'Changed the status from open to reported to platform on 2 Mar 2025 — platform report (x) X-RPT-1234',
  );
  // The case is for a person: set it afterwards, as one would for a case started from the queue.
  const person = one<string>('SELECT name FROM people ORDER BY id LIMIT 1');
  await page.getByRole('button', { name: 'Edit details…' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit the case details' });
  await dialog.getByLabel('Person targeted (optional)').selectOption({ label: person });
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('.case-title-row')).toContainText(`Case ${caseId} · ${person}`);

  // Created, three additions, a note, two status steps, a reference, an edit: one audit entry each.
  expect(
    one<string>(
      "SELECT group_concat(action, ' ') FROM (SELECT action FROM audit_log WHERE entity = 'case' AND entity_id = ? ORDER BY id)",
      String(caseId),
    ),
  ).toBe(
    'case.create case.addPosts case.addPosts case.addPosts case.note case.status case.status case.reference case.edit',
  );
  expect(one<string>('SELECT referred_police_at FROM cases WHERE id = ?', caseId)).toBe('2025-03-05');
  await page.locator('.case-detail').evaluate(() => document.getElementById('main-content')?.scrollTo(0, 0));
  await shot(page, 'cases-detail');
  await app.expectAccessible('case detail');

  // Export a redacted pack, save it through the browser, and verify it.
  await page.getByRole('button', { name: 'Export evidence pack…' }).click();
  dialog = page.getByRole('dialog', { name: 'Export an evidence pack' });
  await dialog.getByRole('checkbox', { name: /Hide staff names/ }).check();
  await shot(page, 'cases-export');
  await dialog.getByRole('button', { name: 'Build redacted pack' }).click();
  await expect(dialog.getByText('The pack is ready')).toBeVisible({ timeout: 120_000 });
  await shot(page, 'cases-export-ready');
  const pack = await saveVerifiedPack(page, dialog);
  expect(pack.name).toMatch(
    new RegExp(`^case-${caseId}-threats-to-the-leader-\\d{8}-\\d{6}-redacted\\.zip$`),
  );
  expect(pack.manifest.redaction.applied).toEqual(['reviewers']);
  expect(pack.manifest.posts).toHaveLength(inCase);
  expect(pack.text('report.html')).not.toContain('Sam Patel');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.case-packs')).toContainText(pack.name);

  await page.locator('.case-packs').scrollIntoViewIfNeeded();
  await shot(page, 'cases-history');

  // Check a pack from the Cases screen: the saved pack is intact; a copy with one byte changed is not.
  await page.getByRole('link', { name: '← All cases' }).click();
  await page.getByLabel('Choose a pack to check…').setInputFiles(pack.file);
  await expect(page.getByText(`${pack.name} is intact`)).toBeVisible();
  const tampered = path.join(path.dirname(pack.file), 'tampered.zip');
  const jsonl = Uint8Array.from(pack.files['posts.jsonl']!);
  jsonl[5] = jsonl[5] === 0x41 ? 0x42 : 0x41;
  fs.writeFileSync(tampered, zipSync({ ...pack.files, 'posts.jsonl': jsonl }));
  await page.getByLabel('Choose a pack to check…').setInputFiles(tampered);
  const verdict = page
    .getByRole('alert')
    .filter({ hasText: 'tampered.zip has been changed since Bulwark made it' });
  await expect(verdict).toContainText('posts.jsonl was changed');
  await expect(verdict).toContainText('The raw record of post 1 (');
  await page.getByRole('heading', { name: 'Check an evidence pack' }).scrollIntoViewIfNeeded();
  await shot(page, 'cases-verify');
  await page.getByRole('link', { name: 'Threats to the leader' }).click();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.case-detail').evaluate(() => document.getElementById('main-content')?.scrollTo(0, 0));
  await shot(page, 'cases-detail-dark');
});
