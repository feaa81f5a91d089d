import fs from 'node:fs';
import { verifyPack } from '../../evidence/verify';
import { UsageError, type Command } from '../args';

export const verifyPackCommand: Command = {
  name: 'verify-pack',
  summary: 'Check that an evidence pack is exactly as Bulwark made it',
  usage: `bulwark verify-pack FILE.zip [--json]

Recomputes the SHA-256 of every file in the pack and of every post's raw record, and compares them
with manifest.json (whose own seal is checked too). Needs no database and no network.

Exit status: 0 intact, 1 tampered (each changed, missing or extra file and each altered post is
named), 2 unreadable (not a ZIP, or no manifest).`,
  options: { json: { type: 'boolean' } },
  allowPositionals: true,
  run(values, positionals) {
    if (positionals.length !== 1) throw new UsageError('Give one pack file: bulwark verify-pack case-3.zip.');
    const file = positionals[0]!;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file);
    } catch (err) {
      console.error(
        `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`,
      );
      return 2;
    }
    const r = verifyPack(bytes);
    if (values.json) console.log(JSON.stringify(r, null, 2));
    else if (r.status === 'intact')
      console.log(
        `INTACT: ${file} is pack ${r.packId} (“${r.caseTitle ?? ''}”, generated ${r.generatedAt ?? '?'}): all ${r.files} files and ${r.posts.toLocaleString('en-GB')} post records match manifest.json.`,
      );
    else if (r.status === 'unreadable') console.log(`UNREADABLE: ${r.problems.join(' ')}`);
    else {
      console.log(`TAMPERED: ${file}${r.packId ? ` (pack ${r.packId})` : ''} is not as Bulwark made it.`);
      for (const f of r.changedFiles) console.log(`  changed file: ${f}`);
      for (const f of r.missingFiles) console.log(`  missing file: ${f}`);
      for (const f of r.extraFiles) console.log(`  extra file:   ${f}`);
      for (const p of r.alteredPosts) console.log(`  altered post: ${p}`);
      console.log('Details:');
      for (const p of r.problems) console.log(`  - ${p}`);
    }
    return r.status === 'intact' ? 0 : r.status === 'tampered' ? 1 : 2;
  },
};
