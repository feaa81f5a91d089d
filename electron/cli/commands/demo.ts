import { ApiService } from '../../api/service';
import { bundlePaths, defaultDbPath } from '../../paths';
import { intOption, type Command } from '../args';

export const demoCommand: Command = {
  name: 'demo',
  summary: 'Fill a new database with realistic, fictional demo data',
  usage: `bulwark demo [--db FILE] [--posts N] [--seed S]

Generates fictional MPs and a fictional leader (never real people), accounts on several
platforms, and posts over several months: support, harsh political criticism, every abuse
category, threats, a coordinated campaign and a pile-on. The same seed gives the same data.
The database must hold no posts yet.

Options:
  --db FILE    database file (default: ${defaultDbPath()})
  --posts N    how many posts (default 20000; up to 2000000)
  --seed S     random seed (default 42)`,
  options: { db: { type: 'string' }, posts: { type: 'string' }, seed: { type: 'string' } },
  async run(values) {
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const posts = intOption(values, 'posts', 20_000, 100, 2_000_000);
    const seed = intOption(values, 'seed', 42, 0, 2 ** 31);
    const service = new ApiService({
      dbPath,
      shell: 'in-process',
      workerFile: bundlePaths(__dirname).workerFile,
    });
    const interactive = process.stderr.isTTY;
    service.on((e) => {
      if (e.type === 'progress' && interactive)
        process.stderr.write(
          `\r${e.label}: ${e.done.toLocaleString('en-GB')} / ${e.total.toLocaleString('en-GB')}`,
        );
    });
    const res = await service.call('demo.load', { posts, seed });
    if (interactive) process.stderr.write('\n');
    await service.close();
    if (!res.ok) {
      console.error(res.error.message);
      return 1;
    }
    const s = res.value;
    console.log(
      `Demo data written to ${dbPath}: ${s.posts.toLocaleString('en-GB')} posts, ${s.people} people, ${s.accounts.toLocaleString('en-GB')} accounts, ${s.campaigns} planted campaigns (${s.seconds.toFixed(1)} s).`,
    );
    return 0;
  },
};
