/**
 * The People screen end to end, on `bulwark serve` with a fresh database: add, edit and remove a
 * person; import the real 2024 roster CSV through the file picker; "Add all current UK MPs" against a
 * local replay of the Members API; axe on every state; screenshots of every state in light and dark
 * (test-results/screens/people-*.png).
 */
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { AppPage } from './support/appPage';
import { startShell, type RunningShell } from './support/webShell';

const REAL_ROSTER = path.join(__dirname, '..', '..', '..', 'shared', 'roster', 'uk_mps_2024.csv');
const SAMPLE_ROSTER = path.join(__dirname, '..', 'fixtures', 'people', 'roster-sample.csv');
const PARLIAMENT = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'people', 'parliament-members.json'), 'utf8'),
) as { members: unknown[]; contacts: Record<string, unknown> };
// BULWARK_SHOTS_DIR keeps them somewhere a parallel Playwright run (which empties test-results/) cannot reach.
const SHOTS = process.env.BULWARK_SHOTS_DIR ?? path.join(__dirname, '..', '..', 'test-results', 'screens');

let shell: RunningShell;
let replay: http.Server | undefined;

// Each test checks several states with axe in both themes (a 650-row list takes a while).
test.describe.configure({ timeout: 240_000 });

test.afterEach(async () => {
  await shell?.stop();
  if (replay) await new Promise((r) => replay!.close(r));
  replay = undefined;
  delete process.env.BULWARK_PARLIAMENT_API;
});

/** The People screen as a page object: its regions, dialogs and the list. */
class PeoplePage extends AppPage {
  dialog(name: string | RegExp) {
    return this.page.getByRole('dialog', { name });
  }
  row(name: string) {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
  }
  notice() {
    return this.page.getByRole('status').filter({ has: this.page.locator('.alert-title') });
  }
  async count(): Promise<string> {
    return this.page.locator('.people-count').innerText();
  }
  /** Screenshots in light and dark at 1280×800. */
  async shoot(name: string): Promise<void> {
    fs.mkdirSync(SHOTS, { recursive: true });
    await this.page.emulateMedia({ colorScheme: 'light' });
    await this.page.screenshot({ path: path.join(SHOTS, `people-${name}-light.png`) });
    await this.page.emulateMedia({ colorScheme: 'dark' });
    await this.page.screenshot({ path: path.join(SHOTS, `people-${name}-dark.png`) });
    await this.expectAccessible(`${name} (dark)`);
    await this.page.emulateMedia({ colorScheme: 'light' });
  }
}

async function openPeople(page: Page): Promise<PeoplePage> {
  const app = new PeoplePage(page);
  await page.goto(shell.url);
  await app.goTo('People');
  return app;
}

/** Replays the Members API's documented responses for fictional MPs, optionally slowly. */
async function startReplay(delayMs = 0): Promise<string> {
  replay = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (body: unknown) =>
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      }, delayMs);
    if (url.pathname === '/api/Members/Search') {
      const skip = Number(url.searchParams.get('skip'));
      const take = Number(url.searchParams.get('take'));
      return send({
        items: PARLIAMENT.members.slice(skip, skip + take),
        totalResults: PARLIAMENT.members.length,
        skip,
        take,
      });
    }
    const m = /^\/api\/Members\/(\d+)\/Contact$/.exec(url.pathname);
    if (m) return send(PARLIAMENT.contacts[m[1]!] ?? { value: [] });
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => replay!.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(replay.address() as AddressInfo).port}/api`;
}

test('add, edit and remove a person, with a handle and an alias', async ({ page }) => {
  shell = await startShell();
  const app = await openPeople(page);

  await expect(page.getByRole('heading', { name: 'No one is monitored yet' })).toBeVisible();
  await app.expectAccessible('people: empty');
  await app.shoot('empty');

  // Add
  await page.getByRole('button', { name: 'Add person' }).click();
  const add = app.dialog('Add a person');
  await expect(add).toBeVisible();
  await expect(add.getByLabel('Name (required)')).toBeFocused();
  await add.getByLabel('Name (required)').fill('Jane Testperson');
  await add.getByLabel('Role').selectOption('leader');
  await add.getByLabel('Party').fill('Green Party');
  await add.getByLabel('Constituency').fill('Bristol West');
  await add.getByRole('button', { name: 'Add an account' }).click();
  await add.getByLabel('Platform (account 1)').selectOption('x');
  await add.getByLabel('Handle or profile link').fill('https://x.com/JaneTestMP');
  await add.getByRole('button', { name: 'Add another name' }).click();
  await add.getByLabel('Other name 1', { exact: true }).fill('Jenny T');
  await add.getByLabel('Kind (other name 1)').selectOption('abusive');
  await app.expectAccessible('people: add dialog');
  await app.shoot('add-dialog');

  // A bad handle is explained, and nothing is saved.
  await add.getByLabel('Handle or profile link').fill('not a valid handle!');
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(add.getByRole('alert')).toContainText(
    'Account 1: "not a valid handle!" is not a valid X handle',
  );
  await app.shoot('add-error');
  await add.getByLabel('Handle or profile link').fill('@JaneTestMP');
  await add.getByRole('button', { name: 'Add person' }).click();
  await expect(add).toBeHidden();
  await expect(app.notice()).toContainText('Added Jane Testperson');
  const row = app.row('Jane Testperson');
  await expect(row).toContainText('Leader');
  await expect(row).toContainText('@JaneTestMP');
  await expect(row).toContainText('1 other name');
  await app.expectAccessible('people: one person');
  await app.shoot('one-person');

  // Edit, from the keyboard: the Edit button, then change the party and save with Enter.
  await page.getByRole('button', { name: 'Edit Jane Testperson' }).focus();
  await page.keyboard.press('Enter');
  const edit = app.dialog('Edit Jane Testperson');
  await expect(edit.getByLabel('Party')).toHaveValue('Green Party');
  await expect(edit.getByLabel('Other name 1', { exact: true })).toHaveValue('Jenny T');
  await edit.getByLabel('Party').fill('Labour');
  await edit.getByLabel('Party').press('Enter');
  await expect(edit).toBeHidden();
  await expect(app.notice()).toContainText('Saved changes to Jane Testperson');
  await expect(app.row('Jane Testperson')).toContainText('Labour');
  // Focus went back to where it was.
  await expect(page.getByRole('button', { name: 'Edit Jane Testperson' })).toBeFocused();

  const db = new Database(shell.dbPath, { readonly: true });
  const person = db.prepare("SELECT * FROM people WHERE name = 'Jane Testperson'").get() as {
    id: number;
    party: string;
    role: string;
    staff_edited: string;
  };
  expect(person).toMatchObject({ party: 'Labour', role: 'leader' });
  expect(JSON.parse(person.staff_edited)).toContain('party');
  expect(db.prepare('SELECT handle FROM person_handles WHERE person_id = ?').pluck().all(person.id)).toEqual([
    'JaneTestMP',
  ]);
  expect(
    db.prepare("SELECT alias || '/' || kind FROM person_aliases WHERE person_id = ?").pluck().all(person.id),
  ).toEqual(['Jenny T/abusive']);
  expect(db.prepare('SELECT action FROM audit_log ORDER BY id').pluck().all()).toEqual([
    'person.create',
    'person.update',
  ]);
  db.close();

  // Escape closes a dialog without saving.
  await page.getByRole('button', { name: 'Edit Jane Testperson' }).click();
  await expect(app.dialog('Edit Jane Testperson')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.dialog('Edit Jane Testperson')).toBeHidden();

  // Remove
  await page.getByRole('button', { name: 'Remove Jane Testperson' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove Jane Testperson?' });
  await expect(confirm).toContainText('No imported posts mention them');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.expectAccessible('people: remove dialog');
  await app.shoot('remove-dialog');
  await confirm.getByRole('button', { name: 'Remove Jane Testperson', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(app.notice()).toContainText('Removed Jane Testperson');
  await expect(page.getByRole('heading', { name: 'No one is monitored yet' })).toBeVisible();
  const after = new Database(shell.dbPath, { readonly: true });
  expect(after.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  expect(after.prepare('SELECT action FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get()).toBe(
    'person.delete',
  );
  after.close();
});

test('import the 2024 roster CSV through the file picker, then search and filter the list', async ({
  page,
}) => {
  const real = fs.existsSync(REAL_ROSTER);
  if (!real) console.warn(`${REAL_ROSTER} is missing: importing the small sample roster instead.`);
  const file = real ? REAL_ROSTER : SAMPLE_ROSTER;
  const expected = real ? 650 : 8;
  shell = await startShell();
  const app = await openPeople(page);

  await page.getByRole('button', { name: 'Import roster CSV' }).click();
  const dialog = app.dialog('Import a roster');
  await app.shoot('roster-choose');
  await dialog.getByLabel('Roster file (CSV)').setInputFiles(file);
  await expect(dialog.getByText('Bulwark recognises this file')).toBeVisible();
  await expect(dialog).toContainText(`${expected} rows of people`);
  // No manual mapping: the columns are matched already.
  await dialog.getByText(/^Columns used/).click();
  await expect(dialog.getByLabel('Name (required)')).toHaveValue('name');
  await expect(dialog.getByLabel('X handle')).toHaveValue('twitter_best');
  await expect(dialog.getByLabel('UK Parliament member id')).toHaveValue('member_id');
  await app.expectAccessible('people: roster mapping');
  await app.shoot('roster-mapping');
  await dialog.getByRole('button', { name: `Import ${expected} people` }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Import finished' })).toContainText(
    `${expected} people added`,
  );
  await app.shoot('roster-done');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  await expect.poll(() => app.count()).toBe(`${expected} people`);
  await app.expectAccessible('people: list');
  await app.shoot('list');
  const db = new Database(shell.dbPath, { readonly: true });
  expect(db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(expected);
  if (real) {
    expect(db.prepare("SELECT count(*) FROM person_handles WHERE platform = 'x'").pluck().get()).toBe(291);
    expect(db.prepare("SELECT count(*) FROM person_handles WHERE platform = 'bluesky'").pluck().get()).toBe(
      362,
    );
  }
  db.close();

  const search = page.getByRole('searchbox', { name: 'Search' });
  if (real) {
    await search.fill('morton');
    await expect(app.row('Wendy Morton')).toContainText('Aldridge-Brownhills');
    await expect(app.row('Wendy Morton')).toContainText('@morton_wendy');
    await search.fill('zoe');
    await expect(app.row('Zöe Franklin')).toBeVisible();
    await search.fill('');
    await page.getByLabel('Party').selectOption('Green Party');
    await expect.poll(() => app.count()).toMatch(/^\d+ of 650 people$/);
    await expect(page.getByRole('rowheader', { name: /Siân Berry/ })).toBeVisible();
    await page.getByLabel('Role').selectOption('leader');
    await expect(page.getByRole('heading', { name: 'No one matches these filters' })).toBeVisible();
    await app.shoot('no-match');
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => app.count()).toBe('650 people');
  }

  // Importing the same file again adds nobody.
  await page.getByRole('button', { name: 'Import roster CSV' }).click();
  await app.dialog('Import a roster').getByLabel('Roster file (CSV)').setInputFiles(file);
  await app
    .dialog('Import a roster')
    .getByRole('button', { name: `Import ${expected} people` })
    .click();
  await expect(app.dialog('Import a roster')).toContainText(
    `0 people added, 0 updated, ${expected} already up to date`,
  );
});

test('add all current UK MPs from the Members API (a local replay), then see it fail plainly offline', async ({
  page,
}) => {
  process.env.BULWARK_PARLIAMENT_API = await startReplay(150);
  shell = await startShell();
  const app = await openPeople(page);

  await page.getByRole('button', { name: 'Add all current UK MPs' }).click();
  const dialog = app.dialog('Add all current UK MPs');
  await expect(dialog).toContainText('members-api.parliament.uk');
  await app.expectAccessible('people: parliament confirm');
  await app.shoot('parliament-confirm');
  await dialog.getByRole('button', { name: 'Add current MPs' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Adding current UK MPs' })).toBeVisible();
  await expect(dialog.getByRole('status').first()).toContainText(/Reading/);
  await app.shoot('parliament-running');
  await expect(dialog.getByText('45 current MPs read')).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText('45 people added');
  await app.expectAccessible('people: parliament done');
  await app.shoot('parliament-done');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => app.count()).toBe('45 people');
  await expect(app.row('Ada Abernethy')).toContainText('@AAbernethyMP');

  // Offline: the API cannot be reached. Stop the replay and try again.
  await new Promise((r) => replay!.close(r));
  replay = undefined;
  await page.getByRole('button', { name: 'Add all current UK MPs' }).click();
  await dialog.getByRole('button', { name: 'Add current MPs' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    /Could not reach the UK Parliament Members API \(127\.0\.0\.1:\d+: ECONNREFUSED\)\. Check the internet connection and try again\./,
    { timeout: 30_000 },
  );
  await expect(dialog.getByRole('button', { name: 'Try again' })).toBeVisible();
  await app.expectAccessible('people: parliament failed');
  await app.shoot('parliament-failed');
});
