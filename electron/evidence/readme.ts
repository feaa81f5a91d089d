/** README.txt: what is in the pack and how to check it, for whoever opens the ZIP first. */
import type { ReportModel } from './reportModel';
import { bothTimes } from './timefmt';

export function readmeText(m: ReportModel, generatedAt: string): string {
  const packId = m.cover.find((f) => f.label === 'Pack id')?.value ?? '';
  return [
    m.title,
    '='.repeat(Math.min(78, m.title.length)),
    '',
    `Pack id:      ${packId}`,
    `Generated at: ${bothTimes(generatedAt)}`,
    `Posts:        ${m.posts.length}`,
    m.redaction.options.length ? `Redacted:     ${m.redaction.options.join(', ')}` : 'Redacted:     no',
    '',
    'Files',
    '  report.pdf   the report: cover, summary, accounts, campaigns, the case and every post',
    '  report.html  the same report as one web page (opens offline, fetches nothing)',
    '  posts.csv    one row per post with the report’s fields (opens in a spreadsheet)',
    '  posts.jsonl  each post’s source record exactly as imported, one per line, same order',
    '  manifest.json  SHA-256 of every file and of every post’s record, import provenance',
    '',
    'Checking the pack',
    ...m.verifyText.map((t) => `  - ${t}`),
    '',
    'Post text is verbatim and may be offensive.',
    '',
  ].join('\r\n');
}
