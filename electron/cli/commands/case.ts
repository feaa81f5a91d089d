import type { DB } from '../../../db/connection';
import { openDatabase } from '../../../db/connection';
import { CaseError, createCase, listCases, listCasePosts } from '../../../db/cases';
import { countPosts, selectPostIds } from '../../../db/postFilter';
import { postFilterSchema, type PostFilter } from '../../api/filters';
import { caseDetail, toSummary } from '../../api/handlers/cases';
import { MAX_PACK_POSTS } from '../../evidence/exportCase';
import { describeFilter } from '../../evidence/selectionText';
import { STATUS_WORDS } from '../../evidence/timelineText';
import { actorName } from '../../people/service';
import { defaultDbPath } from '../../paths';
import { UsageError, type Command } from '../args';

const n = (x: number) => x.toLocaleString('en-GB');

export const caseCommand: Command = {
  name: 'case',
  summary: 'Create, list and show cases (posts gathered for a person or a campaign)',
  usage: `bulwark case create --title TITLE [--person NAME] [--category KEY ...] [--query SEARCH]
                   [--from DATE] [--to DATE] [--db FILE] [--json]
bulwark case list [--db FILE] [--json]
bulwark case show ID [--db FILE] [--json]

  create   make a case holding every post that matches: mentioning --person, in the --category
           (repeat for several: threat, harassment, ...), matching the full-text --query, posted
           from --from to --to (YYYY-MM-DD, UTC, inclusive). Prints the new case's number
           (--json: {"id","posts"}). With no filter the case starts empty.
  list     every case with its status and number of posts
  show     one case: details, references, timeline and its first posts

Every change is written to the audit log. Export a case with "bulwark evidence --case ID".

Options:
  --db FILE    database file (default: ${defaultDbPath()})
  --json       print JSON`,
  options: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    title: { type: 'string' },
    person: { type: 'string' },
    category: { type: 'string', multiple: true },
    query: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  allowPositionals: true,
  run(values, positionals) {
    const [sub, ...rest] = positionals;
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const json = !!values.json;
    switch (sub) {
      case 'create':
        if (rest.length) throw new UsageError(`Unexpected "${rest[0]}". Give the title with --title "…".`);
        return withDb(dbPath, (db) => create(db, values, json));
      case 'list':
        return withDb(dbPath, (db) => list(db, json));
      case 'show': {
        const id = Number(rest[0]);
        if (rest.length !== 1 || !Number.isInteger(id) || id <= 0)
          throw new UsageError('Say which case by its number: bulwark case show 3.');
        return withDb(dbPath, (db) => show(db, id, json));
      }
      default:
        throw new UsageError(
          sub
            ? `Unknown case command "${sub}". Use create, list or show.`
            : 'Say what to do: create, list or show.',
        );
    }
  },
};

function withDb(dbPath: string, fn: (db: DB) => number): number {
  const db = openDatabase(dbPath);
  try {
    return fn(db);
  } catch (err) {
    if (err instanceof CaseError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}

function findPerson(db: DB, name: string): { id: number; name: string } {
  const exact = db
    .prepare('SELECT id, name FROM people WHERE name = ? COLLATE NOCASE ORDER BY id')
    .all(name.trim()) as { id: number; name: string }[];
  const found = exact.length
    ? exact
    : (db
        .prepare(
          `SELECT DISTINCT p.id, p.name FROM person_aliases a JOIN people p ON p.id = a.person_id
           WHERE a.alias = ? COLLATE NOCASE ORDER BY p.id`,
        )
        .all(name.trim()) as { id: number; name: string }[]);
  if (found.length === 1) return found[0]!;
  if (!found.length)
    throw new UsageError(`Nobody called "${name}" is monitored. See "bulwark people list" for the names.`);
  throw new UsageError(
    `More than one person is called "${name}" (ids ${found.map((f) => f.id).join(', ')}).`,
  );
}

function create(db: DB, values: Record<string, unknown>, json: boolean): number {
  const title = (values.title as string | undefined)?.trim();
  if (!title) throw new UsageError('A case needs a title: --title "Threats to Jane Smith, March".');
  const person = values.person ? findPerson(db, values.person as string) : null;
  const parsed = postFilterSchema.safeParse({
    ...(person ? { personIds: [person.id] } : {}),
    ...(values.category ? { categories: values.category } : {}),
    ...(values.query ? { query: values.query } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(
      `--${String(issue.path[0] === 'categories' ? 'category' : issue.path[0])}: ${issue.message}`,
    );
  }
  const filter: PostFilter = parsed.data;
  const unknown = (filter.categories ?? []).filter(
    (k) => k !== 'none' && !db.prepare('SELECT 1 FROM categories WHERE key = ?').get(k),
  );
  if (unknown.length) {
    const keys = db.prepare('SELECT key FROM categories ORDER BY sort_order, key').pluck().all() as string[];
    throw new UsageError(`Unknown category ${unknown.join(', ')}. Categories: ${keys.join(', ')}.`);
  }
  const filtered = Object.keys(filter).some((k) => k !== 'personIds') || !!person;
  let ids: number[] = [];
  if (filtered) {
    const total = countPosts(db, filter);
    if (total > MAX_PACK_POSTS) {
      console.error(
        `That matches ${n(total)} posts; a case takes at most ${n(MAX_PACK_POSTS)}. Narrow it with --from/--to or --category.`,
      );
      return 1;
    }
    ids = selectPostIds(db, filter, MAX_PACK_POSTS);
  }
  const id = createCase(
    db,
    { title, personId: person?.id ?? null, ...(filtered ? { selection: { filter } } : {}) },
    actorName(db),
    ids,
  );
  if (json) console.log(JSON.stringify({ id, posts: ids.length }));
  else {
    console.log(`Case ${id} created: “${title}” with ${n(ids.length)} posts.`);
    if (filtered) console.log(`${describeFilter(db, filter)}.`);
    console.log(`Export it with: bulwark evidence --case ${id} --out case-${id}.zip`);
  }
  return 0;
}

function list(db: DB, json: boolean): number {
  const rows = listCases(db).map(toSummary);
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (!rows.length) {
    console.log('No cases yet. Make one with: bulwark case create --title "…" --person "…"');
    return 0;
  }
  for (const c of rows)
    console.log(
      `${String(c.id).padStart(4)}  ${(STATUS_WORDS[c.status] ?? c.status).padEnd(20)}  ${n(c.posts).padStart(7)} posts  ${c.title}${c.personName ? ` (${c.personName})` : ''}`,
    );
  return 0;
}

function show(db: DB, id: number, json: boolean): number {
  const c = caseDetail(db, id);
  const page = listCasePosts(db, id, 20, 0);
  if (json) {
    console.log(JSON.stringify({ ...c, postsSample: page.rows }, null, 2));
    return 0;
  }
  console.log(`Case ${c.id}: ${c.title}`);
  console.log(`  Status:     ${STATUS_WORDS[c.status] ?? c.status}`);
  if (c.personName) console.log(`  Person:     ${c.personName}`);
  console.log(`  Posts:      ${n(c.posts)}`);
  console.log(`  Opened:     ${c.createdAt} by ${c.createdBy}`);
  if (c.notes) console.log(`  Notes:      ${c.notes}`);
  for (const r of c.references)
    console.log(
      `  Reference:  ${r.kind}${r.platform ? ` (${r.platform})` : ''} ${r.reference}${r.dated ? `, ${r.dated}` : ''}`,
    );
  console.log('Timeline:');
  for (const e of c.events)
    console.log(
      `  ${e.at.slice(0, 19).replace('T', ' ')}  ${e.actor.padEnd(12)}  ${e.kind}${e.body ? `: ${e.body}` : ''}${e.reference ? ` [${e.reference}]` : ''}`,
    );
  if (page.rows.length) {
    console.log(`Posts (first ${page.rows.length} of ${n(page.total)}, oldest first):`);
    for (const p of page.rows)
      console.log(
        `  ${p.created_at.slice(0, 16).replace('T', ' ')}  ${p.platform}  @${p.handle ?? '?'}  S${p.severity}  ${p.text.replace(/\s+/g, ' ').slice(0, 80)}`,
      );
  }
  return 0;
}
