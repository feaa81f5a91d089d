// Builds everything the app runs from dist/: the Node side bundled by esbuild (Electron main, preload,
// CLI, worker) and the renderer by Vite. No network. Run by `npm install` (prepare) and `npm run build`.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const only = process.argv.includes('--node-only')
  ? 'node'
  : process.argv.includes('--web-only')
    ? 'web'
    : 'all';

if (only !== 'web') {
  await build({
    absWorkingDir: root,
    entryPoints: {
      main: 'electron/main.ts',
      preload: 'electron/preload.ts',
      cli: 'electron/cli.ts',
      worker: 'electron/jobs/worker.ts',
      'ingest-worker': 'electron/ingest/prepareWorker.ts',
    },
    outdir: 'dist/electron',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'linked',
    // Native and Electron modules are loaded at run time, never bundled. pdfkit too: its ESM build
    // (which esbuild would pick) finds its data files through import.meta.url, empty in a CJS bundle.
    external: ['electron', 'better-sqlite3', 'pdfkit'],
    define: { __BULWARK_VERSION__: JSON.stringify(pkg.version) },
    loader: { '.txt': 'text' },
    logLevel: 'warning',
  });
  // The trained model ships beside the bundle (electron/classify reads dist/electron/model/weights.bin).
  const weights = path.join(root, 'electron', 'classify', 'model', 'weights.bin');
  if (fs.existsSync(weights)) {
    fs.mkdirSync(path.join(root, 'dist', 'electron', 'model'), { recursive: true });
    fs.copyFileSync(weights, path.join(root, 'dist', 'electron', 'model', 'weights.bin'));
  }
  // The report fonts (with their licence) ship beside the bundle too (electron/evidence/fonts.ts).
  fs.cpSync(path.join(root, 'electron', 'evidence', 'fonts'), path.join(root, 'dist', 'electron', 'fonts'), {
    recursive: true,
  });
}

if (only !== 'node') {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
}
console.log(`Built Bulwark ${pkg.version} into dist/ (${only}).`);
