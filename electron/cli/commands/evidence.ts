import { openDatabase } from '../../../db/connection';
import { CaseError } from '../../../db/cases';
import type { RedactOption } from '../../api/types';
import { exportCasePack } from '../../evidence/exportCase';
import { actorName } from '../../people/service';
import { defaultDbPath } from '../../paths';
import { intOption, UsageError, type Command } from '../args';

const REDACT: RedactOption[] = ['handles', 'reviewers'];

export const evidenceCommand: Command = {
  name: 'evidence',
  summary: 'Export a case as an evidence pack (ZIP: report.pdf, report.html, CSV, raw JSONL, manifest)',
  usage: `bulwark evidence --case ID --out FILE.zip [--redact handles,reviewers] [--db FILE] [--json]

Writes one ZIP holding report.pdf and report.html (cover, summary with chart, accounts, campaigns,
the case and every post verbatim), posts.csv, posts.jsonl (each post's source record exactly as
imported) and manifest.json (SHA-256 of every file and every record, import provenance).
Check it later with "bulwark verify-pack FILE.zip".

Options:
  --case ID              the case to export (see "bulwark case list")
  --out FILE.zip         where to write the pack
  --redact LIST          for a version to share with the press: "handles" replaces other people's
                         @handles in post text, "reviewers" replaces staff names; comma-separated
  --db FILE              database file (default: ${defaultDbPath()})
  --json                 print the result as JSON`,
  options: {
    case: { type: 'string' },
    out: { type: 'string' },
    redact: { type: 'string' },
    db: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(values) {
    if (values.case === undefined)
      throw new UsageError('Say which case: --case ID (see "bulwark case list").');
    const caseId = intOption(values, 'case', 0, 1, Number.MAX_SAFE_INTEGER);
    const out = values.out as string | undefined;
    if (!out || !out.toLowerCase().endsWith('.zip'))
      throw new UsageError('Say where to write the pack, ending in .zip: --out case-3.zip.');
    const redact = ((values.redact as string | undefined) ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = redact.filter((r) => !REDACT.includes(r as RedactOption));
    if (bad.length)
      throw new UsageError(`--redact takes handles and/or reviewers (got "${bad.join(', ')}").`);
    const db = openDatabase((values.db as string | undefined) ?? defaultDbPath());
    try {
      const interactive = process.stderr.isTTY;
      const r = await exportCasePack(db, caseId, out, {
        redact: redact as RedactOption[],
        actor: actorName(db),
        onProgress: interactive
          ? (done, total, message) =>
              process.stderr.write(`\r${message} (${Math.round((done / total) * 100)}%)   `)
          : undefined,
      });
      if (interactive) process.stderr.write('\n');
      if (values.json) console.log(JSON.stringify(r, null, 2));
      else
        console.log(
          `Evidence pack ${r.packId} written to ${r.file}: ${r.posts.toLocaleString('en-GB')} posts, ${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.seconds.toFixed(1)} s${r.redacted.length ? `, redacted: ${r.redacted.join(', ')}` : ''}.\nZIP SHA-256: ${r.sha256}`,
        );
      return 0;
    } catch (err) {
      if (err instanceof CaseError) {
        console.error(err.message);
        return 1;
      }
      throw err;
    } finally {
      db.close();
    }
  },
};
