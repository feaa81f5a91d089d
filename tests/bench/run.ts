/**
 * `npm run bench`: every benchmark in tests/bench/*.bench.ts, one after another (they compete for
 * the same two cores otherwise). Results are printed and written to bench-results.json. Speed
 * targets live here, not in timed tests; this machine is shared and noisy, so read medians.
 */
import fs from 'node:fs';
import path from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  const results: unknown[] = [];
  for (const f of files) {
    console.error(`\n▶ ${f}`);
    const mod = (await import(path.join(__dirname, f))) as { run: () => Promise<unknown> };
    const r = await mod.run();
    console.log(JSON.stringify(r, null, 2));
    results.push(r);
  }
  fs.writeFileSync(
    path.join(__dirname, '..', '..', 'bench-results.json'),
    JSON.stringify({ at: new Date().toISOString(), results }, null, 2) + '\n',
  );
}

void main();
