/**
 * Saves the evidence pack an export dialog has built, checks it with `bulwark verify-pack` (the
 * same check a police officer would run), and unzips it, so specs assert on what is inside.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CLI } from './webShell';

export interface SavedPack {
  name: string;
  /** Where the pack was saved. */
  file: string;
  files: Record<string, Uint8Array>;
  manifest: { redaction: { applied: string[] }; posts: unknown[]; case: { title: string } };
  text(file: string): string;
}

export async function saveVerifiedPack(page: Page, dialog: Locator): Promise<SavedPack> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save the ZIP…' }).click(),
  ]);
  const name = download.suggestedFilename();
  // Under the test's own output folder, which Playwright empties at the start of each run.
  const saved = test.info().outputPath(name);
  await download.saveAs(saved);
  const check = spawnSync(process.execPath, [CLI, 'verify-pack', saved], { encoding: 'utf8' });
  expect(check.status, check.stdout + check.stderr).toBe(0);
  const files = unzipSync(fs.readFileSync(saved));
  const text = (file: string) => new TextDecoder().decode(files[file]);
  return {
    name,
    file: saved,
    files,
    manifest: JSON.parse(text('manifest.json')) as SavedPack['manifest'],
    text,
  };
}
