import { openDatabase } from '../../../db/connection';
import { listSpikes } from '../../../db/spikes';
import { defaultDbPath } from '../../paths';
import type { Command } from '../args';
import { ensureDetection } from './campaigns';

const n = (x: number) => x.toLocaleString('en-GB');

export const spikesCommand: Command = {
  name: 'spikes',
  summary: 'List spikes: days when abuse aimed at one person rose far above their usual level',
  usage: `bulwark spikes [--db FILE] [--json] [--run]

Lists spikes per person, newest first. Detection runs first when it has not run yet or posts were
added since. The method is described in the README ("Spikes and campaigns").

Options:
  --db FILE   database file (default: ${defaultDbPath()})
  --json      print JSON: [{"id","personId","person","start","end","peak","kind","abusive","posts",
              "baselineAbusive","baselineRate","score","seen"}, ...]
  --run       run detection again even if the stored results are current`,
  options: { db: { type: 'string' }, json: { type: 'boolean' }, run: { type: 'boolean' } },
  run(values) {
    const db = openDatabase((values.db as string | undefined) ?? defaultDbPath());
    try {
      ensureDetection(db, !!values.run);
      const rows = listSpikes(db, { limit: 100_000 });
      if (values.json) {
        console.log(
          JSON.stringify(
            rows.map((s) => ({
              id: s.id,
              personId: s.personId,
              person: s.person,
              start: s.startDay,
              end: s.endDay,
              peak: s.peakDay,
              kind: s.kind,
              abusive: s.abusive,
              posts: s.posts,
              baselineAbusive: s.baselineAbusive,
              baselineRate: s.baselineRate,
              score: s.score,
              seen: s.seenAt !== null,
            })),
          ),
        );
        return 0;
      }
      if (rows.length === 0) {
        console.log('No spikes found.');
        return 0;
      }
      for (const s of rows) {
        const days = s.startDay === s.endDay ? s.startDay : `${s.startDay} to ${s.endDay}`;
        console.log(
          `${String(s.id).padStart(5)}  ${days.padEnd(24)}  ${s.person}: ${n(s.abusive)} abusive posts (usually ${s.baselineAbusive < 1 ? 'under 1' : n(Math.round(s.baselineAbusive))} a day, ${Math.round(s.baselineRate * 100)}% abusive), score ${s.score}`,
        );
      }
      console.log(`${n(rows.length)} spikes.`);
      return 0;
    } finally {
      db.close();
    }
  },
};
