/** `bulwark people …` run as a user would, against the built CLI. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bulwark } from '../helpers/cli';
import { tempDbPath } from '../helpers/tmp';

const SAMPLE = path.join(__dirname, '..', 'fixtures', 'people', 'roster-sample.csv');
const PARLIAMENT = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'people', 'parliament-members.json'), 'utf8'),
) as { members: unknown[]; contacts: Record<string, unknown> };

/** The CLI runs in a child process (spawnSync blocks this one), so the replay runs in a child too. */
function replayInChild(): { base: Promise<string>; stop: () => void } {
  const code = `
    const http = require('node:http');
    const data = JSON.parse(require('node:fs').readFileSync(${JSON.stringify(
      path.join(__dirname, '..', 'fixtures', 'people', 'parliament-members.json'),
    )}, 'utf8'));
    const s = http.createServer((req, res) => {
      const u = new URL(req.url, 'http://x');
      res.setHeader('content-type', 'application/json');
      if (u.pathname === '/api/Members/Search') {
        const skip = +u.searchParams.get('skip'), take = +u.searchParams.get('take');
        return res.end(JSON.stringify({ items: data.members.slice(skip, skip + take), totalResults: data.members.length }));
      }
      const m = /Members\\/(\\d+)\\/Contact/.exec(u.pathname);
      res.end(JSON.stringify(m ? data.contacts[m[1]] : {}));
    });
    s.listen(0, '127.0.0.1', () => console.log(s.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = new Promise<string>((resolve) =>
    child.stdout!.once('data', (c: Buffer) => resolve(`http://127.0.0.1:${String(c).trim()}/api`)),
  );
  return { base, stop: () => child.kill() };
}

/** A port nothing listens on (connection refused, as when offline). */
async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

describe('bulwark people', () => {
  it('explains itself with --help and appears in the command list', () => {
    const top = bulwark(['--help']);
    expect(top.stdout).toMatch(/^ {2}people\s/m);
    const r = bulwark(['people', '--help']);
    expect(r.status).toBe(0);
    for (const s of [
      'people list',
      'people add NAME',
      'people import-roster FILE',
      'people fetch-parliament',
      '--db FILE',
      '--json',
    ])
      expect(r.stdout).toContain(s);
  });

  it('adds a person, lists people, and rejects bad input clearly', () => {
    const db = tempDbPath();
    const empty = bulwark(['people', 'list', '--db', db]);
    expect(empty.stdout).toContain('No people yet');
    const add = bulwark([
      'people',
      'add',
      'Jane Smith',
      '--db',
      db,
      '--role',
      'leader',
      '--party',
      'Green Party',
      '--handle',
      'x:@janesmith',
      '--handle',
      'bluesky:https://bsky.app/profile/jane.bsky.social',
      '--alias',
      'abusive:Jane the Pain',
      '--json',
    ]);
    expect(add.status, add.stderr).toBe(0);
    const added = JSON.parse(add.stdout) as {
      person: { name: string; handles: unknown[]; aliases: unknown[] };
    };
    expect(added.person).toMatchObject({
      name: 'Jane Smith',
      handles: [
        { platform: 'x', handle: 'janesmith', accountId: null },
        { platform: 'bluesky', handle: 'jane.bsky.social', accountId: null },
      ],
      aliases: [{ alias: 'Jane the Pain', kind: 'abusive' }],
    });
    const list = bulwark(['people', 'list', '--db', db, '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ name: 'Jane Smith', role: 'leader' }),
    ]);
    expect(bulwark(['people', 'list', '--db', db]).stdout).toMatch(
      /Jane Smith \(leader, Green Party\).*x:janesmith/,
    );

    const dup = bulwark(['people', 'add', 'jane smith', '--db', db]);
    expect(dup.status).toBe(1);
    expect(dup.stderr).toContain('Jane Smith is already on the list');
    const badRole = bulwark(['people', 'add', 'Raj', '--db', db, '--role', 'king']);
    expect(badRole.status).toBe(2);
    expect(badRole.stderr).toContain('--role must be one of leader, mp, candidate, staff, other');
    const badHandle = bulwark(['people', 'add', 'Raj', '--db', db, '--handle', 'x:not valid']);
    expect(badHandle.status).toBe(2);
    expect(badHandle.stderr).toContain('is not a valid X handle');
    const noSub = bulwark(['people', '--db', db]);
    expect(noSub.status).toBe(2);
  });

  it('imports a roster CSV it recognises without --map, and again without duplicates', () => {
    const db = tempDbPath();
    const first = bulwark(['people', 'import-roster', SAMPLE, '--db', db, '--json']);
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ added: 8, updated: 0, handlesAdded: 12 });
    const again = bulwark(['people', 'import-roster', SAMPLE, '--db', db]);
    expect(again.stdout).toContain('0 added, 0 updated, 8 unchanged');
    const missing = bulwark(['people', 'import-roster', 'nope.csv', '--db', db]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.csv does not exist');
    const badMap = bulwark(['people', 'import-roster', SAMPLE, '--db', db, '--map', 'shoe=name']);
    expect(badMap.stderr).toContain('"shoe" is not a roster field');
  });

  it('fetches current MPs from the Members API address given with --api', async () => {
    const replay = replayInChild();
    try {
      const base = await replay.base;
      const db = tempDbPath();
      const r = bulwark(['people', 'fetch-parliament', '--db', db, '--api', base, '--json']);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout)).toMatchObject({
        added: 45,
        members: PARLIAMENT.members.length,
        contactFailures: [],
      });
      // The same through the environment variable, as the desktop app would use it.
      const again = bulwark(['people', 'fetch-parliament', '--db', db], {
        env: { BULWARK_PARLIAMENT_API: base },
      });
      expect(again.stdout).toContain('0 added, 0 updated, 45 unchanged');
    } finally {
      replay.stop();
    }
  });

  it('says plainly when the Members API cannot be reached', async () => {
    const port = await closedPort();
    const r = bulwark([
      'people',
      'fetch-parliament',
      '--db',
      tempDbPath(),
      '--api',
      `http://127.0.0.1:${port}/api`,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `Could not reach the UK Parliament Members API (127.0.0.1:${port}: ECONNREFUSED). Check the internet connection and try again.`,
    );
  });

  it('re-matches on demand and reports what changed', () => {
    const db = tempDbPath();
    bulwark(['demo', '--db', db, '--posts', '500']);
    const r = bulwark(['people', 'rematch', '--db', db, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      posts: expect.any(Number),
      changedPosts: 0,
      cancelled: false,
    });
  });
});
