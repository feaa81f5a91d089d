// `npm run dist`: build, then package with electron-builder (needs internet for Electron's binaries).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'build', 'build.mjs')], { stdio: 'inherit' });
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'electron-builder', 'cli.js'), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
