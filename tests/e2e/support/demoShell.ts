/**
 * A web shell per test over a 4,000-post demo database (the same posts a user's "Load demo data"
 * makes, written by the CLI), with a one-value query helper for checking screens against the database.
 */
import { test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readOne } from './db';
import { CLI, startShell, type RunningShell } from './webShell';

/** Screenshots for people to look at; BULWARK_DASH_SHOTS chooses the folder (docs/screenshots for the README). */
export const SHOTS =
  process.env.BULWARK_DASH_SHOTS ?? path.join(__dirname, '..', '..', '..', 'test-results', 'dashboard');

export interface DemoShell {
  /** The running shell of the current test. */
  shell(): RunningShell;
  /** The single value the query returns, read from the shell's database. */
  one<T>(sql: string, ...params: unknown[]): T;
}

/** Registers beforeEach/afterEach hooks in the calling spec file. */
export function useDemoShell(posts = 4000): DemoShell {
  let current: RunningShell | null = null;
  test.beforeEach(async () => {
    current = await startShell();
    execFileSync(process.execPath, [CLI, 'demo', '--posts', String(posts), '--db', current.dbPath], {
      stdio: 'ignore',
    });
    fs.mkdirSync(SHOTS, { recursive: true });
  });
  test.afterEach(async () => {
    await current?.stop();
    current = null;
  });
  const shell = (): RunningShell => {
    if (!current) throw new Error('No shell: use it inside a test');
    return current;
  };
  return {
    shell,
    one<T>(sql: string, ...params: unknown[]): T {
      return readOne<T>(shell().dbPath, sql, ...params);
    },
  };
}
