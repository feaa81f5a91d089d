import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../../../db/connection';
import { openDatabase } from '../../../db/connection';
import { ROLES, type Role } from '../../../db/people';
import { ApiError } from '../../api/errors';
import { peopleMethods } from '../../api/methods/people';
import { rematchPosts, type RematchResult } from '../../ingest/rematch';
import { PLATFORMS } from '../../people/handles';
import { importParliament, importRosterCsv, parliamentBaseUrl } from '../../people/imports';
import type { MergeSummary } from '../../people/merge';
import { ParliamentApiError } from '../../people/parliament';
import { previewRoster, RosterError } from '../../people/roster';
import { ROSTER_FIELD_KEYS, type RosterField, type RosterMapping } from '../../people/rosterFields';
import { actorName, createPerson, getPersonDetail, listPersonItems } from '../../people/service';
import { defaultDbPath } from '../../paths';
import { UsageError, type Command } from '../args';

const n = (x: number) => x.toLocaleString('en-GB');

export const peopleCommand: Command = {
  name: 'people',
  summary: 'List, add and import the people Bulwark monitors (roster CSV, current UK MPs)',
  usage: `bulwark people list [--db FILE] [--json]
bulwark people add NAME [--role R] [--party P] [--constituency C] [--gender G] [--notes TEXT]
                        [--handle PLATFORM:HANDLE ...] [--alias [KIND:]TEXT ...] [--db FILE] [--json]
bulwark people import-roster FILE [--role R] [--map FIELD=COLUMN ...] [--db FILE] [--json]
bulwark people fetch-parliament [--api URL] [--db FILE] [--json]
bulwark people rematch [--db FILE] [--json]

  list              everyone monitored, with handles and how many posts mention them
  add               add one person; posts already imported that mention them are linked
  import-roster     add or update people from a CSV roster. Known rosters (such as the UK MPs
                    roster with member_id, name, party, constituency, twitter_best, …) need no
                    --map; otherwise Bulwark guesses the columns and --map corrects it
  fetch-parliament  add or update every MP currently sitting in the House of Commons, with their
                    X, Bluesky, Facebook and Instagram accounts, from the UK Parliament Members API
                    (needs internet)
  rematch           re-link every imported post to the people monitored (normally automatic)

Imports never create duplicates (people are recognised by Parliament member id, or by name and
constituency) and never overwrite what staff edited by hand. Every change goes into the audit log.

Options:
  --db FILE              database file (default: ${defaultDbPath()})
  --json                 print JSON
  --role R               ${ROLES.join(', ')} (add: default mp; import-roster: for rows without a role)
  --handle P:H           a handle on a platform (${PLATFORMS.join(', ')}), e.g. --handle x:janesmith
  --alias [KIND:]TEXT    another name: KIND is name (default), nickname, misspelling or abusive
  --map FIELD=COLUMN     roster field read from COLUMN; fields: ${ROSTER_FIELD_KEYS.join(', ')}
  --api URL              Members API address (default: setting, $BULWARK_PARLIAMENT_API, or
                         https://members-api.parliament.uk/api)`,
  options: {
    db: { type: 'string' },
    json: { type: 'boolean' },
    role: { type: 'string' },
    party: { type: 'string' },
    constituency: { type: 'string' },
    gender: { type: 'string' },
    notes: { type: 'string' },
    handle: { type: 'string', multiple: true },
    alias: { type: 'string', multiple: true },
    map: { type: 'string', multiple: true },
    api: { type: 'string' },
  },
  allowPositionals: true,
  async run(values, positionals) {
    const [sub, ...rest] = positionals;
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const json = !!values.json;
    switch (sub) {
      case 'list':
        return withDb(dbPath, (db) => list(db, json));
      case 'add':
        if (rest.length !== 1)
          throw new UsageError(
            'Give the person\'s name, in quotes if it has spaces: bulwark people add "Jane Smith".',
          );
        return withDb(dbPath, (db) => add(db, rest[0]!, values, json));
      case 'import-roster': {
        if (rest.length !== 1) throw new UsageError('Name one CSV file: bulwark people import-roster FILE.');
        const file = rest[0]!;
        if (!fs.existsSync(file) || !fs.statSync(file).isFile())
          throw new UsageError(`${file} does not exist or is not a file.`);
        return withDb(dbPath, (db) => importRoster(db, file, values, json));
      }
      case 'fetch-parliament':
        return withDb(dbPath, (db) => fetchParliament(db, values.api as string | undefined, json));
      case 'rematch':
        return withDb(dbPath, (db) => {
          const r = rematch(db, json);
          if (json) console.log(JSON.stringify(r));
          else console.log(rematchLine(r));
          return 0;
        });
      default:
        throw new UsageError(
          sub
            ? `Unknown people subcommand "${sub}". Use list, add, import-roster, fetch-parliament or rematch.`
            : 'Say what to do: bulwark people list | add | import-roster | fetch-parliament | rematch.',
        );
    }
  },
};

async function withDb(dbPath: string, fn: (db: DB) => number | Promise<number>): Promise<number> {
  const db = openDatabase(dbPath);
  try {
    return await fn(db);
  } catch (err) {
    if (err instanceof ApiError || err instanceof RosterError || err instanceof ParliamentApiError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    db.close();
  }
}

function roleOption(values: Record<string, unknown>): Role | undefined {
  const role = values.role as string | undefined;
  if (role === undefined) return undefined;
  if (!(ROLES as readonly string[]).includes(role.toLowerCase()))
    throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got "${role}").`);
  return role.toLowerCase() as Role;
}

function list(db: DB, json: boolean): number {
  const people = listPersonItems(db);
  if (json) {
    console.log(JSON.stringify(people));
    return 0;
  }
  if (people.length === 0) {
    console.log(
      'No people yet. Add one with "bulwark people add NAME", or import a roster with "bulwark people import-roster FILE".',
    );
    return 0;
  }
  for (const p of people) {
    const where = [p.role, p.party, p.constituency].filter(Boolean).join(', ');
    const handles = p.handles.map((h) => `${h.platform}:${h.handle ?? `id ${h.accountId}`}`).join(' ');
    console.log(
      `${String(p.id).padStart(5)}  ${p.name} (${where})  ${n(p.posts)} posts${handles ? `  ${handles}` : ''}`,
    );
  }
  console.log(`${n(people.length)} people.`);
  return 0;
}

function add(db: DB, name: string, values: Record<string, unknown>, json: boolean): number {
  const handles = ((values.handle as string[] | undefined) ?? []).map((h) => {
    const i = h.indexOf(':');
    if (i <= 0)
      throw new UsageError(`--handle expects PLATFORM:HANDLE, e.g. --handle x:janesmith (got "${h}").`);
    return { platform: h.slice(0, i).toLowerCase(), handle: h.slice(i + 1) };
  });
  const aliases = ((values.alias as string[] | undefined) ?? []).map((a) => {
    const m = /^(name|nickname|misspelling|abusive):(.+)$/i.exec(a);
    return m ? { kind: m[1]!.toLowerCase(), alias: m[2]! } : { kind: 'name', alias: a };
  });
  const parsed = peopleMethods['people.create'].input.safeParse({
    name,
    role: roleOption(values) ?? 'mp',
    party: values.party,
    constituency: values.constituency,
    gender: values.gender,
    notes: values.notes,
    handles,
    aliases,
  });
  if (!parsed.success) {
    throw new UsageError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'),
    );
  }
  const created = createPerson(db, parsed.data, actorName(db));
  const r = rematch(db, json);
  const person = getPersonDetail(db, created.id);
  if (json) console.log(JSON.stringify({ person, rematch: r }));
  else
    console.log(
      `Added ${person.name} (number ${person.id}). ${r.posts ? `${n(person.posts)} posts already imported mention them.` : ''}`.trim(),
    );
  return 0;
}

function parseMap(pairs: string[] | undefined): RosterMapping | null {
  if (!pairs?.length) return null;
  const mapping: RosterMapping = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new UsageError(`--map expects FIELD=COLUMN, e.g. --map "x=Twitter" (got "${pair}").`);
    const field = pair.slice(0, eq) as RosterField;
    if (!ROSTER_FIELD_KEYS.includes(field))
      throw new UsageError(
        `--map ${pair}: "${field}" is not a roster field. Fields: ${ROSTER_FIELD_KEYS.join(', ')}.`,
      );
    mapping[field] = pair.slice(eq + 1);
  }
  return mapping;
}

function importRoster(db: DB, file: string, values: Record<string, unknown>, json: boolean): number {
  const csv = fs.readFileSync(file, 'utf8');
  const preview = previewRoster(csv, path.basename(file));
  const mapping = {
    ...preview.suggestedMapping,
    ...(parseMap(values.map as string[] | undefined) ?? {}),
  } as RosterMapping;
  if (!json && !values.map) {
    console.error(
      preview.recognised
        ? `Recognised: ${preview.recognised}.`
        : `Columns used: ${
            Object.entries(mapping)
              .map(([f, c]) => `${f}=${c}`)
              .join(', ') || 'none'
          }.`,
    );
  }
  const summary = importRosterCsv(db, {
    csv,
    fileName: path.basename(file),
    mapping,
    defaultRole: roleOption(values) ?? preview.suggestedRole,
    actor: actorName(db),
  });
  const r = summary.matchingChanged ? rematch(db, json) : null;
  report(summary, r, json);
  return 0;
}

async function fetchParliament(db: DB, api: string | undefined, json: boolean): Promise<number> {
  const interactive = process.stderr.isTTY && !json;
  const base = api ?? parliamentBaseUrl(db);
  if (!json) console.error(`Reading current MPs from ${base} …`);
  const result = await importParliament(db, {
    actor: actorName(db),
    baseUrl: base,
    onProgress: interactive ? (_d, _t, message) => process.stderr.write(`\r${message}      `) : undefined,
  });
  if (interactive) process.stderr.write('\n');
  const r = result.matchingChanged ? rematch(db, json) : null;
  report(result, r, json, { members: result.members, contactFailures: result.contactFailures });
  return 0;
}

function rematch(db: DB, json: boolean): RematchResult {
  const interactive = process.stderr.isTTY && !json;
  const r = rematchPosts(db, {
    onProgress: interactive ? (_d, _t, message) => process.stderr.write(`\r${message}   `) : undefined,
  });
  if (interactive && r.posts > 0) process.stderr.write('\n');
  return r;
}

function rematchLine(r: RematchResult): string {
  if (r.posts === 0) return 'No posts imported yet.';
  return `Checked ${n(r.posts)} posts in ${r.seconds.toFixed(1)} s: ${n(r.linked)} links added, ${n(r.unlinked)} removed (${n(r.changedPosts)} posts changed).`;
}

function report(
  s: MergeSummary,
  r: RematchResult | null,
  json: boolean,
  extra: Record<string, unknown> = {},
): void {
  const { addedIds: _a, updatedIds: _u, matchingChanged: _m, ...counts } = s;
  if (json) {
    console.log(JSON.stringify({ ...counts, ...extra, rematch: r }));
    return;
  }
  console.log(
    `${n(s.added)} added, ${n(s.updated)} updated, ${n(s.unchanged)} unchanged` +
      (s.duplicates ? `, ${n(s.duplicates)} repeated rows merged` : '') +
      `. ${n(s.handlesAdded)} handles and ${n(s.aliasesAdded)} other names added.` +
      (s.keptStaffEdits ? ` ${n(s.keptStaffEdits)} values edited by staff were kept.` : ''),
  );
  for (const k of s.skipped.slice(0, 10)) console.log(`  row ${k.row} skipped: ${k.reason}`);
  for (const note of s.notes.slice(0, 10)) console.log(`  ${note}`);
  if (s.notes.length > 10) console.log(`  … and ${n(s.notes.length - 10)} more notes.`);
  const failures = extra.contactFailures as { name: string; reason: string }[] | undefined;
  if (failures?.length)
    console.log(
      `  Social media could not be read for ${n(failures.length)} MPs (e.g. ${failures[0]!.name}: ${failures[0]!.reason}).`,
    );
  if (r) console.log(rematchLine(r));
}
