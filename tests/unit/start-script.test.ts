import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

describe('npm start without the Electron binary', () => {
  it('says so in one clear sentence and points to npm run web', () => {
    // Point Electron at an empty folder and its download at a closed local port: exactly a machine with
    // no Electron binary and no route to the internet.
    const r = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'build', 'start.mjs')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        BULWARK_SKIP_BUILD: '1',
        ELECTRON_OVERRIDE_DIST_PATH: tempDir(),
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        electron_config_cache: tempDir(),
      },
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not be downloaded.*npm run web/);
  });
});
