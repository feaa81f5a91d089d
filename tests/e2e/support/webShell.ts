import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CLI = path.join(__dirname, '..', '..', '..', 'dist', 'electron', 'cli.cjs');

export interface RunningShell {
  url: string;
  dbPath: string;
  stop(): Promise<void>;
}

/**
 * Starts `bulwark serve` on a fresh temp database and a free port, exactly as a user would, and waits
 * for it to print its address (an app signal, not a sleep).
 */
export async function startShell(): Promise<RunningShell> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-e2e-'));
  const dbPath = path.join(dir, 'bulwark.db');
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', dbPath, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c) => (stderr += c));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`bulwark serve did not start:\n${out}\n${stderr}`)),
      30_000,
    );
    child.stdout!.on('data', (c) => {
      out += c;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+/);
      if (m) {
        clearTimeout(timer);
        resolve(m[0]);
      }
    });
    child.on('exit', (code) => reject(new Error(`bulwark serve exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    dbPath,
    // Stops the server, then removes its database folder (each e2e test makes one).
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
