import { openDatabase, type DB } from '../../../db/connection';
import { campaignPostIds, listCampaigns } from '../../../db/campaigns';
import { evaluateByKind } from '../../analytics/evaluate';
import { analyticsStatus, runAnalytics } from '../../analytics/run';
import { toCampaignSummary } from '../../api/handlers/analytics';
import { defaultDbPath } from '../../paths';
import type { Command } from '../args';

const n = (x: number) => x.toLocaleString('en-GB');
const pct = (x: number) => `${Math.round(x * 100)}%`;

export const KIND_NAMES: Record<string, string> = {
  coposting: 'Copied message',
  hashtag: 'Hashtag push',
  link: 'Link push',
  pileon: 'Pile-on',
};

/**
 * Runs detection when the stored results are missing or out of date (new posts, changed settings), or
 * when asked to; says so on stderr so --json output stays clean.
 */
export function ensureDetection(db: DB, force: boolean): void {
  const status = analyticsStatus(db);
  if (!force && !status.stale) return;
  if (!force && status.reason) process.stderr.write(`${status.reason} Running detection now…\n`);
  const r = runAnalytics(db, { reason: 'cli' });
  process.stderr.write(
    `Detection took ${r.seconds.toFixed(1)} s: ${n(r.campaigns)} campaigns, ${n(r.spikes)} spikes.\n`,
  );
}

export const campaignsCommand: Command = {
  name: 'campaigns',
  summary: 'List detected coordinated campaigns (copied text, hashtag and link bursts, pile-ons)',
  usage: `bulwark campaigns [--db FILE] [--json] [--run] [--evaluate]

Lists the campaigns found in the database, newest first. Detection runs first when it has not run
yet or posts were added since.

Options:
  --db FILE     database file (default: ${defaultDbPath()})
  --json        print JSON: [{"id","kind","person","accounts","posts","start","end","score"}, ...]
  --run         run detection again even if the stored results are current
  --evaluate    demo databases only: score detection against the campaigns the generator planted
                (precision and recall per kind, at campaign and post level)`,
  options: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    run: { type: 'boolean' },
    evaluate: { type: 'boolean' },
  },
  run(values) {
    const db = openDatabase((values.db as string | undefined) ?? defaultDbPath());
    try {
      ensureDetection(db, !!values.run);
      const rows = listCampaigns(db);
      if (values.evaluate) {
        const ev = evaluateByKind(
          db,
          rows.map((r) => ({
            kind: r.kind,
            personId: r.personId,
            postIds: campaignPostIds(db, r.id),
            accountIds: [],
            startMs: Date.parse(r.startAt),
          })),
        );
        if (!ev) {
          console.error('This is not a demo database: there are no planted campaigns to score against.');
          return 1;
        }
        if (values.json) console.log(JSON.stringify(ev));
        else {
          for (const [kind, e] of Object.entries(ev))
            console.log(
              `${kind.padEnd(10)} campaigns: precision ${pct(e.precision)} recall ${pct(e.recall)} (${e.found}/${e.planted} found, ${e.correct}/${e.detections} correct)  posts: precision ${pct(e.postPrecision)} recall ${pct(e.postRecall)}`,
            );
        }
        return 0;
      }
      if (values.json) {
        console.log(
          JSON.stringify(
            rows.map((r) => ({
              id: r.id,
              kind: r.kind,
              person: r.person,
              accounts: r.accounts,
              posts: r.posts,
              start: r.startAt,
              end: r.endAt,
              score: r.score,
            })),
          ),
        );
        return 0;
      }
      if (rows.length === 0) {
        console.log('No coordinated campaigns found.');
        return 0;
      }
      for (const r of rows) {
        const c = toCampaignSummary(r);
        const what = c.label ? `  "${c.label.length > 60 ? `${c.label.slice(0, 59)}…` : c.label}"` : '';
        console.log(
          `${String(c.id).padStart(5)}  ${c.start.slice(0, 16).replace('T', ' ')}  ${KIND_NAMES[c.kind]!.padEnd(14)}  at ${c.person ?? 'nobody we monitor'}: ${n(c.accounts)} accounts, ${n(c.posts)} posts, strength ${c.score}/100, ${pct(c.newShare)} new accounts${c.political ? ', mostly political criticism (coordinated, not abuse)' : ''}${what}`,
        );
      }
      console.log(`${n(rows.length)} campaigns.`);
      return 0;
    } finally {
      db.close();
    }
  },
};
