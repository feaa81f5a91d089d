/**
 * "Add all current UK MPs" against a local server that replays the Members API's documented response
 * shapes (fictional members in tests/fixtures/people/parliament-members.json), with paging, failing
 * pages and contact calls, and no internet.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { listAudit } from '../../db/audit';
import { setSetting } from '../../db/settings';
import { ApiService } from '../../electron/api/service';
import type { ApiEvent } from '../../electron/api/types';
import { importParliament } from '../../electron/people/imports';
import {
  fetchParliamentMembers,
  ParliamentApiError,
  PARLIAMENT_API_SETTING,
} from '../../electron/people/parliament';
import { actorName, createPerson, updatePerson } from '../../electron/people/service';
import { tempDbPath } from '../helpers/tmp';

interface Fixture {
  members: { value: { id: number; nameDisplayAs: string } }[];
  contacts: Record<string, { value: unknown[] }>;
}
const FIXTURE = JSON.parse(
  fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'people', 'parliament-members.json'), 'utf8'),
) as Fixture;

interface Scenario {
  /** Items the server lists (default: the whole fixture). */
  members?: Fixture['members'];
  /** totalResults to claim (default: members.length); a function gets the request's skip. */
  total?: number | ((skip: number) => number);
  /** Largest page the server sends, whatever take says. */
  maxTake?: number;
  /** skip value → status code for its first `times` requests (Infinity: always). */
  failSearch?: Record<number, { status: number; times: number }>;
  failContact?: Record<number, { status: number; times: number }>;
  /** Pages (by skip) that repeat the previous page's last item (an inconsistent API). */
  repeatAt?: number[];
}

const servers: http.Server[] = [];
const services: ApiService[] = [];
const dbs: DB[] = [];
afterEach(async () => {
  for (const s of services.splice(0)) await s.close();
  for (const d of dbs.splice(0)) d.close();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function replay(scenario: Scenario = {}) {
  const members = scenario.members ?? FIXTURE.members;
  const requests: string[] = [];
  const fails = new Map<string, number>();
  const shouldFail = (key: string, rule?: { status: number; times: number }) => {
    if (!rule) return null;
    const n = fails.get(key) ?? 0;
    if (n >= rule.times) return null;
    fails.set(key, n + 1);
    return rule.status;
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/api/Members/Search') {
      expect(url.searchParams.get('House')).toBe('1');
      expect(url.searchParams.get('IsCurrentMember')).toBe('true');
      const skip = Number(url.searchParams.get('skip'));
      const take = Math.min(Number(url.searchParams.get('take')), scenario.maxTake ?? 20);
      const status = shouldFail(`search:${skip}`, scenario.failSearch?.[skip]);
      if (status) return send(status, { title: 'Server error' });
      let items = members.slice(skip, skip + take);
      if (scenario.repeatAt?.includes(skip) && skip > 0) items = [members[skip - 1]!, ...items.slice(0, -1)];
      const total =
        typeof scenario.total === 'function' ? scenario.total(skip) : (scenario.total ?? members.length);
      return send(200, {
        items: items.map((m) => ({ ...m, links: [] })),
        totalResults: total,
        resultContext: 'House=1&IsCurrentMember=true',
        skip,
        take,
        links: [{ rel: 'self', href: url.pathname + url.search, method: 'GET' }],
      });
    }
    const contact = /^\/api\/Members\/(\d+)\/Contact$/.exec(url.pathname);
    if (contact) {
      const id = Number(contact[1]);
      const status = shouldFail(`contact:${id}`, scenario.failContact?.[id]);
      if (status) return send(status, { title: 'Server error' });
      const body = FIXTURE.contacts[String(id)];
      return body ? send(200, body) : send(404, { title: 'Not Found' });
    }
    send(404, { title: 'Not Found' });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return { base, requests };
}

function db(): DB {
  const d = openDatabase(tempDbPath());
  dbs.push(d);
  return d;
}

const fast = { retryDelayMs: 5, timeoutMs: 5000 };

describe('fetching current MPs from the UK Parliament Members API', () => {
  it('pages through every member (20 at a time) and reads each one’s social media', async () => {
    const { base, requests } = await replay();
    const progress: string[] = [];
    const r = await fetchParliamentMembers({
      baseUrl: base,
      ...fast,
      onProgress: (_d, _t, m) => progress.push(m),
    });
    expect(r.members).toBe(45);
    expect(r.drafts).toHaveLength(45);
    const searches = requests.filter((q) => q.startsWith('/api/Members/Search'));
    expect(searches.map((q) => new URL(q, 'http://x').searchParams.get('skip'))).toEqual(['0', '20', '40']);
    expect(requests.filter((q) => q.endsWith('/Contact'))).toHaveLength(45);
    expect(progress.at(-1)).toMatch(/45 of 45/);

    const ada = r.drafts.find((d) => d.externalId === 'parliament:90001')!;
    expect(ada).toMatchObject({
      name: 'Ada Abernethy',
      role: 'mp',
      party: 'Labour',
      constituency: 'Fictional Abernethy and Harrowby',
      gender: 'Female',
    });
    expect(ada.handles).toEqual(
      expect.arrayContaining([
        { platform: 'x', handle: 'AAbernethyMP', accountId: null },
        { platform: 'bluesky', handle: 'adaabernethy.bsky.social', accountId: null },
        { platform: 'instagram', handle: 'adaabernethymp', accountId: null },
      ]),
    );
    // Websites and offices are not social media accounts.
    expect(ada.handles).toHaveLength(3);
    const titled = r.drafts.find((d) => d.name.startsWith('Sir '))!;
    expect(titled.aliases.map((a) => a.alias)).toContain(titled.name.replace(/^Sir /, ''));
  });

  it('merges into the people list without duplicates and without losing staff edits', async () => {
    const { base } = await replay();
    const d = db();
    const first = await importParliament(d, { actor: 'tester', baseUrl: base, ...fast });
    expect(first).toMatchObject({ added: 45, updated: 0, members: 45 });
    const id = d
      .prepare("SELECT id FROM people WHERE external_id = 'parliament:90002'")
      .pluck()
      .get() as number;
    // Staff correct the party and replace the X handle by hand (the Facebook page stays as it was).
    updatePerson(
      d,
      id,
      {
        party: 'Independent',
        handles: [
          { platform: 'x', handle: 'BrynOfficial', accountId: null },
          { platform: 'facebook', handle: 'BrynBrackenburyMP', accountId: null },
        ],
      },
      'tester',
    );
    expect(
      JSON.parse(d.prepare('SELECT staff_edited FROM people WHERE id = ?').pluck().get(id) as string),
    ).toEqual(['handles.x', 'party']);

    const again = await importParliament(d, { actor: 'tester', baseUrl: base, ...fast });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 45, handlesAdded: 0 });
    expect(again.keptStaffEdits).toBe(2);
    expect(d.prepare('SELECT count(*) FROM people').pluck().get()).toBe(45);
    expect(d.prepare('SELECT party FROM people WHERE id = ?').pluck().get(id)).toBe('Independent');
    expect(
      d.prepare("SELECT handle FROM person_handles WHERE person_id = ? AND platform = 'x'").pluck().all(id),
    ).toEqual(['BrynOfficial']);
    const audit = listAudit(d, 10).filter((a) => a.action === 'people.fetchParliament');
    expect(audit).toHaveLength(2);
    expect(JSON.parse(audit[1]!.detail)).toMatchObject({ added: 45 });
  });

  it('matches an MP staff added by hand by name and constituency, titles aside', async () => {
    const { base } = await replay();
    const d = db();
    d.prepare(
      "INSERT INTO people (name, role, constituency, staff_edited, created_at, updated_at) VALUES ('gwen glenholm', 'leader', 'Fictional Glenholm and Nantwich', '[\"name\",\"role\",\"constituency\"]', 'x', 'x')",
    ).run();
    const r = await importParliament(d, { actor: 'tester', baseUrl: base, ...fast });
    expect(r).toMatchObject({ added: 44, updated: 1 });
    const row = d.prepare("SELECT * FROM people WHERE external_id = 'parliament:90007'").get() as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({ name: 'gwen glenholm', role: 'leader', party: 'Conservative' });
  });

  it('recognises someone staff added by name only (no constituency), keeping what they typed', async () => {
    const { base } = await replay();
    const d = db();
    const leader = createPerson(
      d,
      { name: 'Ada Abernethy', role: 'leader', handles: [], aliases: [] },
      'tester',
    );
    const r = await importParliament(d, { actor: 'tester', baseUrl: base, ...fast });
    expect(r).toMatchObject({ added: 44, updated: 1 });
    expect(d.prepare('SELECT count(*) FROM people').pluck().get()).toBe(45);
    expect(d.prepare('SELECT * FROM people WHERE id = ?').get(leader.id)).toMatchObject({
      role: 'leader',
      external_id: 'parliament:90001',
      constituency: 'Fictional Abernethy and Harrowby',
    });
  });

  it('retries a page that fails once, then carries on', async () => {
    const { base, requests } = await replay({ failSearch: { 20: { status: 503, times: 1 } } });
    const r = await fetchParliamentMembers({ baseUrl: base, ...fast });
    expect(r.members).toBe(45);
    expect(requests.filter((q) => q.includes('skip=20'))).toHaveLength(2);
  });

  it('changes nothing when a page keeps failing, and says which page', async () => {
    const { base } = await replay({ failSearch: { 20: { status: 500, times: Infinity } } });
    const d = db();
    const err = await importParliament(d, { actor: 'tester', baseUrl: base, ...fast }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(ParliamentApiError);
    expect((err as Error).message).toMatch(
      /answered "500 Internal Server Error" for page 2 of 3 of the member list/,
    );
    expect(d.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });

  it('does not retry a request the API refuses (4xx)', async () => {
    const { base, requests } = await replay({ failSearch: { 0: { status: 400, times: Infinity } } });
    await expect(fetchParliamentMembers({ baseUrl: base, ...fast })).rejects.toThrow(/400/);
    expect(requests).toHaveLength(1);
  });

  it('still adds a member whose contact details fail, and reports them', async () => {
    const { base } = await replay({ failContact: { 90003: { status: 500, times: Infinity } } });
    const r = await fetchParliamentMembers({ baseUrl: base, ...fast });
    expect(r.members).toBe(45);
    expect(r.contactFailures).toEqual([
      { id: 90003, name: 'Cara Carrow', reason: expect.stringMatching(/500/) },
    ]);
    expect(r.drafts.find((x) => x.externalId === 'parliament:90003')!.handles).toEqual([]);
  });

  it('copes with pagination edge cases: short pages, repeats, a growing total, an early empty page', async () => {
    // The server sends at most 15 per page although 20 were asked for: skip advances by what came.
    const short = await replay({ maxTake: 15 });
    const a = await fetchParliamentMembers({ baseUrl: short.base, ...fast });
    expect(a.members).toBe(45);
    expect(short.requests.filter((q) => q.includes('Search')).map((q) => /skip=(\d+)/.exec(q)![1])).toEqual([
      '0',
      '15',
      '30',
    ]);

    // A page repeating the previous page's last member: no duplicate drafts.
    const repeat = await replay({ repeatAt: [20] });
    const b = await fetchParliamentMembers({ baseUrl: repeat.base, ...fast });
    expect(new Set(b.drafts.map((x) => x.externalId)).size).toBe(b.drafts.length);
    expect(b.notes.join(' ')).toMatch(/said there are 45 current MPs but listed 44/);

    // The total claims more members than exist (the last page comes back empty): stop, keep what came.
    const tooMany = await replay({ total: 60 });
    const c = await fetchParliamentMembers({ baseUrl: tooMany.base, ...fast });
    expect(c.members).toBe(45);
    expect(tooMany.requests.filter((q) => q.includes('Search'))).toHaveLength(4);

    // The total changes while paging (a by-election): follow the latest figure.
    const grows = await replay({
      members: FIXTURE.members.slice(0, 41),
      total: (skip) => (skip === 0 ? 40 : 41),
    });
    const g = await fetchParliamentMembers({ baseUrl: grows.base, ...fast });
    expect(g.members).toBe(41);

    // Exactly one full page.
    const one = await replay({ members: FIXTURE.members.slice(0, 20) });
    const o = await fetchParliamentMembers({ baseUrl: one.base, ...fast });
    expect(o.members).toBe(20);
    expect(one.requests.filter((q) => q.includes('Search'))).toHaveLength(1);
  });

  it('refuses an empty list rather than reporting success', async () => {
    const { base } = await replay({ members: [] });
    await expect(fetchParliamentMembers({ baseUrl: base, ...fast })).rejects.toThrow(/listed no current MPs/);
  });

  it('says plainly when the API cannot be reached', async () => {
    // A port nobody listens on: connection refused, as when offline.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const err = await fetchParliamentMembers({ baseUrl: `http://127.0.0.1:${port}/api`, ...fast }).catch(
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe(
      `Could not reach the UK Parliament Members API (127.0.0.1:${port}: ECONNREFUSED). Check the internet connection and try again.`,
    );
  });

  it('uses an injected fetch, so the app can be tested without a network', async () => {
    const calls: string[] = [];
    const fakeFetch = (async (input: string | URL | Request) => {
      const url = String(input);
      calls.push(url);
      const body = url.includes('/Search')
        ? { items: FIXTURE.members.slice(0, 2), totalResults: 2, skip: 0, take: 20 }
        : FIXTURE.contacts[/Members\/(\d+)/.exec(url)![1]!];
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const r = await fetchParliamentMembers({ baseUrl: 'https://members.example/api/', fetch: fakeFetch });
    expect(r.members).toBe(2);
    expect(calls[0]).toBe(
      'https://members.example/api/Members/Search?House=1&IsCurrentMember=true&skip=0&take=20',
    );
  });

  it('runs through the API: base address from settings, progress events, data-changed, audit', async () => {
    const { base } = await replay();
    const s = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    services.push(s);
    setSetting(s.ctx.db, PARLIAMENT_API_SETTING, base);
    setSetting(s.ctx.db, 'ui.reviewerName', 'Sam Patel');
    const events: ApiEvent[] = [];
    s.on((e) => events.push(e));
    const res = await s.call('people.fetchParliament', {});
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value).toMatchObject({ added: 45, members: 45, contactFailures: [] });
    expect(events.some((e) => e.type === 'progress' && e.label === 'Adding current UK MPs')).toBe(true);
    expect(events.some((e) => e.type === 'job-finished' && e.ok)).toBe(true);
    const changed = events.find((e) => e.type === 'data-changed');
    expect(changed && changed.type === 'data-changed' && changed.tables).toEqual(
      expect.arrayContaining(['people', 'person_handles', 'person_aliases']),
    );
    expect(actorName(s.ctx.db)).toBe('Sam Patel');
    expect(listAudit(s.ctx.db, 5).find((a) => a.action === 'people.fetchParliament')?.actor).toBe(
      'Sam Patel',
    );
  });

  it('reports an unreachable API through the API as a readable error', async () => {
    const s = new ApiService({ dbPath: tempDbPath(), shell: 'in-process' });
    services.push(s);
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    setSetting(s.ctx.db, PARLIAMENT_API_SETTING, `http://127.0.0.1:${port}/api`);
    const res = await s.call('people.fetchParliament', {});
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `Could not reach the UK Parliament Members API (127.0.0.1:${port}: ECONNREFUSED). Check the internet connection and try again.`,
      },
    });
  });
});
