/**
 * Roster CSV import: the real 2024 roster of 650 MPs (read in place from ../shared/roster when it is
 * there), a roster with other column names, mapping problems, and re-imports that merge without
 * duplicates or clobbering staff edits.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../db/audit';
import { ApiService } from '../../electron/api/service';
import { tempDbPath } from '../helpers/tmp';

const ROSTER = path.join(__dirname, '..', '..', '..', 'shared', 'roster', 'uk_mps_2024.csv');
const haveRoster = fs.existsSync(ROSTER);
if (!haveRoster) {
  console.warn(
    `Skipped the real-roster tests: ${ROSTER} is missing (it lives in the shared folder beside the repository).`,
  );
}

let service: ApiService | undefined;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

function open(): ApiService {
  service = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
  return service;
}

async function ok<T>(
  p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const count = (s: ApiService, sql: string, ...args: unknown[]) =>
  s.ctx.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;

describe('roster CSV import', () => {
  it.runIf(haveRoster)('imports the real 2024 roster of 650 MPs with no manual mapping', async () => {
    const s = open();
    const csv = fs.readFileSync(ROSTER, 'utf8');
    const preview = await ok(s.call('people.previewRoster', { csv, fileName: 'uk_mps_2024.csv' }));
    expect(preview.rows).toBe(650);
    expect(preview.recognised).toMatch(/UK MPs roster/);
    expect(preview.problems).toEqual([]);
    expect(preview.suggestedRole).toBe('mp');
    expect(preview.suggestedMapping).toEqual({
      name: 'name',
      party: 'party',
      constituency: 'constituency',
      parliament_id: 'member_id',
      x: 'twitter_best',
      bluesky: 'bluesky_parlparse',
      facebook: 'facebook_parlparse',
    });

    // Exactly what the UI sends when the user just presses Import.
    const result = await ok(
      s.call('people.importRoster', { csv, fileName: 'uk_mps_2024.csv', mapping: preview.suggestedMapping }),
    );
    expect(result).toMatchObject({
      rows: 650,
      added: 650,
      updated: 0,
      duplicates: 0,
      skipped: [],
      rematch: { mode: 'none' },
    });
    expect(result.notes).toEqual([]);
    expect(count(s, 'SELECT count(*) FROM people')).toBe(650);
    expect(
      count(s, "SELECT count(*) FROM people WHERE role = 'mp' AND external_id LIKE 'parliament:%'"),
    ).toBe(650);
    expect(count(s, "SELECT count(*) FROM person_handles WHERE platform = 'x'")).toBe(291);
    expect(count(s, "SELECT count(*) FROM person_handles WHERE platform = 'bluesky'")).toBe(362);
    expect(count(s, "SELECT count(*) FROM person_handles WHERE platform = 'facebook'")).toBe(189);
    expect(result.handlesAdded).toBe(291 + 362 + 189);

    const wendy = s.ctx.db
      .prepare("SELECT * FROM people WHERE external_id = 'parliament:4358'")
      .get() as Record<string, unknown>;
    expect(wendy).toMatchObject({
      name: 'Wendy Morton',
      party: 'Conservative',
      constituency: 'Aldridge-Brownhills',
    });
    expect(
      s.ctx.db
        .prepare("SELECT platform || ':' || handle FROM person_handles WHERE person_id = ? ORDER BY platform")
        .pluck()
        .all(wendy.id),
    ).toEqual(['facebook:morton.wendy', 'x:morton_wendy']);
    // "Mr Connor Rand" is found in posts as "Connor Rand".
    const connor = count(s, "SELECT id FROM people WHERE name = 'Mr Connor Rand'");
    expect(
      s.ctx.db.prepare('SELECT alias FROM person_aliases WHERE person_id = ?').pluck().all(connor),
    ).toEqual(['Connor Rand']);
    expect(count(s, "SELECT count(*) FROM people WHERE name = 'Zöe Franklin'")).toBe(1);
    expect(listAudit(s.ctx.db, 1)[0]).toMatchObject({ action: 'people.importRoster', actor: 'staff' });
  });

  it.runIf(haveRoster)('re-imports without duplicates and without clobbering staff edits', async () => {
    const s = open();
    const csv = fs.readFileSync(ROSTER, 'utf8');
    const mapping = (await ok(s.call('people.previewRoster', { csv }))).suggestedMapping;
    await ok(s.call('people.importRoster', { csv, mapping }));

    // Staff make the leader a leader, fix a party and replace an X handle; then add a note and an alias.
    const id = count(s, "SELECT id FROM people WHERE external_id = 'parliament:4358'");
    const person = await ok(s.call('people.get', { id }));
    await ok(
      s.call('people.update', {
        id,
        role: 'leader',
        party: 'Conservative and Unionist',
        handles: person.handles.map((h) => (h.platform === 'x' ? { ...h, handle: 'WendyMortonHQ' } : h)),
        aliases: [{ alias: 'Wendy', kind: 'nickname' }],
      }),
    );

    // A newer export of the roster: same people, Wendy's row says something else.
    const edited = csv.replace(
      '4358,25342,Wendy Morton,Rt Hon Wendy Morton MP,Conservative,',
      '4358,25342,Wendy Morton,Rt Hon Wendy Morton MP,Reform UK,',
    );
    expect(edited).not.toBe(csv);
    const again = await ok(s.call('people.importRoster', { csv: edited, mapping }));
    expect(again).toMatchObject({ rows: 650, added: 0, updated: 0, unchanged: 650, handlesAdded: 0 });
    expect(again.keptStaffEdits).toBe(2); // the party and the X handle
    expect(count(s, 'SELECT count(*) FROM people')).toBe(650);
    const after = await ok(s.call('people.get', { id }));
    expect(after).toMatchObject({ role: 'leader', party: 'Conservative and Unionist' });
    expect(after.handles.filter((h) => h.platform === 'x').map((h) => h.handle)).toEqual(['WendyMortonHQ']);
    expect(after.aliases).toEqual([{ alias: 'Wendy', kind: 'nickname' }]);

    // A field staff did not touch is still refreshed from the file.
    const constituency = csv.replace(
      ',Wendy Morton,Rt Hon Wendy Morton MP,Conservative,Aldridge-Brownhills,',
      ',Wendy Morton,Rt Hon Wendy Morton MP,Conservative,Aldridge and Brownhills,',
    );
    const third = await ok(s.call('people.importRoster', { csv: constituency, mapping }));
    expect(third).toMatchObject({ updated: 1 });
    expect((await ok(s.call('people.get', { id }))).constituency).toBe('Aldridge and Brownhills');
  });

  it('maps a roster with other column names, merges rows by name and constituency, and reports bad cells', async () => {
    const s = open();
    const csv = [
      'Full Name;Position;Party;Seat;Twitter handle;Insta;Other names',
      'Jane Smith;Leader;Green;Bristol West;@janesmith;janesmith.official;"Janey; J. Smith"',
      'Raj Patel;candidate;Green;Leeds Central;https://twitter.com/rajpatel;;',
      ';MP;Green;Nowhere;;;',
      'Tom Price;boss;Green;Bath;this is not a handle;;',
      '"JANE SMITH";leader;Green;bristol west;;janesmith.official;',
    ].join('\n');
    const preview = await ok(s.call('people.previewRoster', { csv, fileName: 'greens.csv' }));
    expect(preview.recognised).toBeNull();
    expect(preview.header).toEqual([
      'Full Name',
      'Position',
      'Party',
      'Seat',
      'Twitter handle',
      'Insta',
      'Other names',
    ]);
    expect(preview.suggestedMapping).toEqual({
      name: 'Full Name',
      role: 'Position',
      party: 'Party',
      constituency: 'Seat',
      x: 'Twitter handle',
      aliases: 'Other names',
    });
    const r = await ok(
      s.call('people.importRoster', {
        csv,
        fileName: 'greens.csv',
        // The user picks the Instagram column by hand in the mapping step.
        mapping: { ...preview.suggestedMapping, instagram: 'Insta' },
      }),
    );
    expect(r).toMatchObject({ rows: 5, added: 3, duplicates: 1, skipped: [{ row: 4, reason: 'no name' }] });
    expect(r.notes).toEqual([
      'Row 5: role "boss" is not leader, MP, candidate, staff or other; used mp.',
      'Row 5: X handle left out. "this is not a handle" is not a valid X handle: X handles use only letters, digits and underscores.',
    ]);
    const jane = s.ctx.db.prepare("SELECT * FROM people WHERE name = 'Jane Smith'").get() as {
      id: number;
      role: string;
    };
    expect(jane.role).toBe('leader');
    expect(
      s.ctx.db
        .prepare('SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias')
        .pluck()
        .all(jane.id),
    ).toEqual(['J. Smith', 'Janey']);
    expect(count(s, "SELECT count(*) FROM person_handles WHERE handle = 'rajpatel'")).toBe(1);
  });

  it('explains mapping and file problems', async () => {
    const s = open();
    const noName = await s.call('people.importRoster', { csv: 'a,b\n1,2\n', mapping: { party: 'a' } });
    expect(noName).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/Choose the column that holds each person's name/),
      },
    });
    const wrongColumn = await s.call('people.importRoster', { csv: 'a,b\n1,2\n', mapping: { name: 'Name' } });
    expect(wrongColumn).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/The column "Name" \(for Name\) is not in this file/) },
    });
    const badField = await s.dispatch('people.importRoster', {
      csv: 'a,b\n1,2\n',
      mapping: { shoe_size: 'a' },
    });
    expect(badField).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Roster fields are: name, role/) },
    });
    const cut = await s.call('people.previewRoster', { csv: 'name,party\n"Jane Smith,Green\n' });
    expect(cut).toMatchObject({ ok: false, error: { message: expect.stringMatching(/looks cut short/) } });
    const empty = await s.call('people.previewRoster', { csv: '' });
    expect(empty).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/The file is empty/) },
    });
    const headerOnly = await ok(s.call('people.previewRoster', { csv: 'name,party\n' }));
    expect(headerOnly.problems).toEqual(['The file has a header but no rows of people.']);
  });
});
