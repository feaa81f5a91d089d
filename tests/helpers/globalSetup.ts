import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** CLI tests run the real bundle, so bundle the Node side first (esbuild; about a second). */
export default function setup(): void {
  execFileSync(process.execPath, [path.join(__dirname, '..', '..', 'build', 'build.mjs'), '--node-only'], {
    stdio: 'inherit',
  });
}
