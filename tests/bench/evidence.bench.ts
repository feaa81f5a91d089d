/**
 * Evidence pack build time: a case of exactly 10,000 posts from a 20,000-post demo database, exported
 * three times (the whole path: read from SQLite, redaction pass, PDF, HTML, CSV, JSONL, manifest, ZIP,
 * file write). Budget: under 30 s. Reports the median and the sizes of the pack and its files.
 *   npx tsx tests/bench/evidence.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCase } from '../../db/cases';
import { ApiService } from '../../electron/api/service';
import { exportCasePack } from '../../electron/evidence/exportCase';
import { readZip } from '../../electron/evidence/zip';

const POSTS = 10_000;
const RUNS = 3;

export async function run(): Promise<{
  name: string;
  posts: number;
  medianSeconds: number;
  runs: number[];
  zipBytes: number;
  files: Record<string, number>;
  budgetSeconds: number;
}> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulwark-bench-evidence-'));
  const service = new ApiService({ dbPath: path.join(dir, 'bench.db'), shell: 'in-process' });
  try {
    const demo = await service.call('demo.load', { posts: 20_000, seed: 42 });
    if (!demo.ok) throw new Error(demo.error.message);
    const db = service.ctx.db;
    const ids = db
      .prepare('SELECT id FROM posts ORDER BY created_at DESC, id LIMIT ?')
      .pluck()
      .all(POSTS) as number[];
    const caseId = createCase(db, { title: 'Benchmark: the latest 10,000 posts' }, 'bench', ids);
    const runs: number[] = [];
    let last = '';
    for (let i = 0; i < RUNS; i++) {
      last = path.join(dir, `pack-${i}.zip`);
      const t = performance.now();
      await exportCasePack(db, caseId, last, { actor: 'bench' });
      runs.push(Math.round((performance.now() - t) / 10) / 100);
      console.error(`  pack ${i + 1}: ${runs.at(-1)} s`);
    }
    const zip = fs.readFileSync(last);
    const files = Object.fromEntries([...readZip(zip).files].map(([name, data]) => [name, data.byteLength]));
    const sorted = [...runs].sort((a, b) => a - b);
    return {
      name: 'evidence pack, 10,000 posts',
      posts: POSTS,
      medianSeconds: sorted[Math.floor(sorted.length / 2)]!,
      runs,
      zipBytes: zip.byteLength,
      files,
      budgetSeconds: 30,
    };
  } finally {
    await service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run().then((r) => console.log(JSON.stringify(r, null, 2)));
