// `npm start`: build, make sure the Electron runtime is present, prepare better-sqlite3 for Electron's
// ABI (kept beside the Node build, so tests, CLI and web shell keep working), then launch the app.
// Where the Electron binary cannot be downloaded, say so in one sentence and point to `npm run web`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const NO_ELECTRON =
  'The Electron desktop runtime is not installed and could not be downloaded (this machine cannot reach its release server), so the desktop window cannot open here: run "npm run web" to use the same app in your browser.';

if (!process.env.BULWARK_SKIP_BUILD)
  execFileSync(process.execPath, [path.join(root, 'build', 'build.mjs')], { stdio: 'inherit' });

const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;

// Read electron's path.txt ourselves: require('electron') would start a noisy download of its own.
function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const p = path.join(
    process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist'),
    fs.readFileSync(pathFile, 'utf8'),
  );
  return fs.existsSync(p) ? p : null;
}

let binary = electronBinary();
if (!binary) {
  console.log(`Fetching the Electron ${electronVersion} runtime (first start only)…`);
  const r = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
  });
  binary = r.status === 0 ? electronBinary() : null;
  if (!binary) {
    console.error(NO_ELECTRON);
    process.exit(1);
  }
}

// better-sqlite3 compiled against Electron's headers, cached per Electron version.
const nativeDir = path.join(root, 'build', 'native', `electron-${electronVersion}`);
const nativeBinding = path.join(nativeDir, 'better_sqlite3.node');
if (!fs.existsSync(nativeBinding)) {
  console.log(`Preparing the database module for Electron ${electronVersion} (first start only)…`);
  const src = path.join(nativeDir, 'src');
  fs.rmSync(src, { recursive: true, force: true });
  fs.cpSync(path.dirname(require.resolve('better-sqlite3/package.json')), src, {
    recursive: true,
    filter: (f) => !f.includes(`${path.sep}build${path.sep}`),
  });
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.toLowerCase() === 'npm_config_nodedir') delete env[k];
  const gyp = require.resolve('node-gyp/bin/node-gyp.js');
  const r = spawnSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--runtime=electron',
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: src, env, stdio: 'inherit' },
  );
  if (r.status !== 0) {
    console.error(
      'The database module could not be built for Electron (its headers could not be downloaded or the compiler failed); run "npm run web" to use the same app in your browser.',
    );
    process.exit(1);
  }
  fs.copyFileSync(path.join(src, 'build', 'Release', 'better_sqlite3.node'), nativeBinding);
  fs.rmSync(src, { recursive: true, force: true });
}

const child = spawn(binary, [root, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BULWARK_NATIVE_BINDING: nativeBinding, ELECTRON_RUN_AS_NODE: '' },
});
child.on('exit', (code) => process.exit(code ?? 0));
