import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const CLI = path.join(__dirname, '..', '..', 'dist', 'electron', 'cli.cjs');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `bulwark` CLI as a user would, in a child process. */
export function bulwark(
  args: string[],
  opts: { input?: string; env?: Record<string, string> } = {},
): CliResult {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input,
    encoding: 'utf8',
    env: { ...process.env, ...opts.env },
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
