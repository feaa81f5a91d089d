import fs from 'node:fs';
import { migrate, openDatabase, schemaVersion } from '../../../db/connection';
import { LATEST_VERSION } from '../../../db/migrations/index';
import { defaultDbPath } from '../../paths';
import { UsageError, type Command } from '../args';

export const dbCommand: Command = {
  name: 'db',
  summary: 'Show facts about a database, or bring it up to date',
  usage: `bulwark db info [--db FILE] [--json]
bulwark db migrate [--db FILE]

  info      schema version, counts of people, accounts, posts and labels, file size
  migrate   create the database or apply any pending schema migrations

Options:
  --db FILE   database file (default: ${defaultDbPath()})
  --json      print JSON (info only)`,
  options: { db: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  run(values, positionals) {
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const sub = positionals[0];
    if (sub === 'migrate') {
      const db = openDatabase(dbPath, { migrate: false, allowOutdated: true });
      const r = migrate(db);
      db.close();
      console.log(
        r.applied.length
          ? `Migrated ${dbPath} from schema ${r.from} to ${r.to}:\n  ${r.applied.join('\n  ')}`
          : `${dbPath} is up to date (schema ${r.to}).`,
      );
      return 0;
    }
    if (sub === 'info') {
      if (!fs.existsSync(dbPath)) {
        throw new UsageError(
          `No database at ${dbPath}. Create one with "bulwark db migrate --db ${dbPath}" or "bulwark demo --db ${dbPath}".`,
        );
      }
      const db = openDatabase(dbPath, { migrate: false, allowOutdated: true });
      const count = (t: string) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
      const version = schemaVersion(db);
      const info = {
        file: dbPath,
        bytes: fs.statSync(dbPath).size,
        schemaVersion: version,
        latestSchemaVersion: LATEST_VERSION,
        ...(version >= 1
          ? {
              people: count('people'),
              accounts: count('accounts'),
              posts: count('posts'),
              labels: count('labels'),
              cases: count('cases'),
              imports: count('imports'),
              auditEntries: count('audit_log'),
            }
          : {}),
      };
      db.close();
      if (values.json) console.log(JSON.stringify(info));
      else for (const [k, v] of Object.entries(info)) console.log(`${k.padEnd(20)} ${v}`);
      return 0;
    }
    throw new UsageError(
      sub
        ? `Unknown db subcommand "${sub}". Use "info" or "migrate".`
        : 'Say what to do: "bulwark db info" or "bulwark db migrate".',
    );
  },
};
