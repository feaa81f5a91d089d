import type Database from 'better-sqlite3';

/**
 * CHECK constraints written as `x IN ('a', 'b', 'c')` become `x = 'a' OR x = 'b' OR x = 'c'`.
 *
 * Why: SQLite codes an IN list of three or more values as a temporary b-tree, and a CHECK constraint
 * builds it again for every row written — a b-tree opened, a page allocated and zeroed, the values
 * inserted, all thrown away. Imports write each post, mention and label with its own statement, and
 * this was about a sixth of the writing thread's instructions. An OR of comparisons accepts and refuses
 * exactly the same values (NULL passes both, as CHECK treats NULL as true) and needs nothing built.
 *
 * How: the stored rows do not change, so the table definitions are rewritten in place with SQLite's
 * documented procedure for constraint changes that leave the file's content alone
 * (https://www.sqlite.org/lang_altertable.html, "simpler procedure"): in the migration's transaction,
 * edit sqlite_schema's SQL, bump schema_version, and re-read every changed table so a mistake fails the
 * migration (rolled back) instead of the next launch. Copying a table of a million posts to a new
 * definition would take minutes and rebuild every index and the full-text index.
 */
export function up(db: Database.Database): void {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%CHECK (%IN (%'")
    .all() as { name: string; sql: string }[];
  const changed = tables
    .map((t) => ({ name: t.name, sql: rewriteCheckLists(t.sql) }))
    .filter((t, i) => t.sql !== tables[i]!.sql);
  if (changed.length === 0) return;
  const version = db.pragma('schema_version', { simple: true }) as number;
  // better-sqlite3 opens connections in SQLite's defensive mode, which forbids writable_schema.
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const update = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
    for (const t of changed) update.run(t.sql, t.name);
    db.pragma(`schema_version = ${version + 1}`);
    db.pragma('writable_schema = OFF');
  } finally {
    db.unsafeMode(false);
  }
  for (const t of changed) db.prepare(`SELECT * FROM "${t.name}" LIMIT 0`).all();
}

const STRING = String.raw`'(?:[^']|'')*'`;
const CHECK_LIST = new RegExp(String.raw`CHECK \((\w+) IN \((${STRING}(?:\s*,\s*${STRING})*)\)\)`, 'g');

/** The table's SQL with each `CHECK (col IN ('a', …))` spelt as comparisons; anything else untouched. */
export function rewriteCheckLists(sql: string): string {
  return sql.replace(CHECK_LIST, (_m, col: string, list: string) => {
    const values = list.match(new RegExp(STRING, 'g'))!;
    return `CHECK (${values.map((v) => `${col} = ${v}`).join(' OR ')})`;
  });
}
