import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../electron/evidence/buildPack';
import { collectCase } from '../../electron/evidence/collect';
import type { Manifest } from '../../electron/evidence/manifest';
import { platformName } from '../../electron/evidence/postFields';
import { verifyPack } from '../../electron/evidence/verify';
import { readZip, writeZip } from '../../electron/evidence/zip';
import { bulwark } from '../helpers/cli';
import { tempDir } from '../helpers/tmp';
import { makeCaseFixture, REVIEWER, type CaseFixture } from './evidence-fixture';

let fx: CaseFixture;
let zip: Uint8Array;
let manifest: Manifest;
const FILES = ['README.txt', 'report.pdf', 'report.html', 'posts.csv', 'posts.jsonl', 'manifest.json'];

beforeAll(async () => {
  fx = await makeCaseFixture();
  zip = (
    await buildPack(collectCase(fx.db, fx.caseId, REVIEWER), { generatedAt: '2025-11-20T10:00:00.000Z' })
  ).zip;
  manifest = JSON.parse(new TextDecoder().decode(readZip(zip).files.get('manifest.json')!)) as Manifest;
});
afterAll(() => fx.service.close());

/** The pack with its files changed as someone editing it by hand would: unzip, edit, zip again. */
function repack(edit: (files: Map<string, Uint8Array>) => void): Uint8Array {
  const files = new Map(readZip(zip).files);
  edit(files);
  return writeZip([...files].map(([name, data]) => ({ name, data })));
}

function flipByte(data: Uint8Array, at: number): Uint8Array {
  const out = new Uint8Array(data);
  // Stay within ASCII so a text file stays valid UTF-8 (a subtle edit, not a broken one).
  out[at] = out[at] === 0x41 ? 0x42 : 0x41;
  return out;
}

describe('verify-pack', () => {
  it('finds an untouched pack intact', () => {
    const r = verifyPack(zip);
    expect(r.status).toBe('intact');
    expect(r.problems).toEqual([]);
    expect(r.files).toBe(FILES.length);
    expect(r.posts).toBe(manifest.posts.length);
    expect(r.packId).toBe(manifest.packId);
  });

  it.each(FILES.filter((f) => f !== 'manifest.json'))('names %s when one byte of it is changed', (name) => {
    const size = readZip(zip).files.get(name)!.byteLength;
    const bad = repack((f) => f.set(name, flipByte(f.get(name)!, Math.floor(size / 2))));
    const r = verifyPack(bad);
    expect(r.status).toBe('tampered');
    expect(r.changedFiles).toEqual([name]);
    expect(r.missingFiles).toEqual([]);
    expect(r.extraFiles).toEqual([]);
    expect(r.problems.join('\n')).toContain(`${name} was changed`);
    if (name !== 'posts.jsonl') expect(r.alteredPosts).toEqual([]);
  });

  it('names the altered post when one byte of its raw record changes', () => {
    const jsonl = new TextDecoder().decode(readZip(zip).files.get('posts.jsonl')!);
    const lines = jsonl.split('\n');
    const target = 4; // the fifth post
    const at = lines.slice(0, target).reduce((n, l) => n + l.length + 1, 0) + 10;
    const bad = repack((f) => f.set('posts.jsonl', flipByte(f.get('posts.jsonl')!, at)));
    const r = verifyPack(bad);
    const p = manifest.posts[target]!;
    // Named as staff and police read it: "post 5 (X (Twitter) post 1440…)", not the internal key "x".
    expect(r.alteredPosts).toEqual([`post ${target + 1} (${platformName(p.platform)} post ${p.postId})`]);
    expect(r.alteredPosts[0]).not.toContain(`(${p.platform} `);
    expect(r.changedFiles).toEqual(['posts.jsonl']);
  });

  it('notices one byte changed in the manifest, even where no other file depends on it', () => {
    const text = new TextDecoder().decode(readZip(zip).files.get('manifest.json')!);
    // A character inside the case title: no file hash covers it, only the manifest's seal.
    const at = text.indexOf('"title": "') + 12;
    const r = verifyPack(repack((f) => f.set('manifest.json', flipByte(f.get('manifest.json')!, at))));
    expect(r.status).toBe('tampered');
    expect(r.changedFiles).toEqual(['manifest.json']);
    expect(r.problems.join(' ')).toMatch(/manifest\.json was altered/);
  });

  it('notices a file hash rewritten in the manifest to match an edited file', () => {
    const html = flipByte(readZip(zip).files.get('report.html')!, 100);
    const bad = repack((f) => {
      f.set('report.html', html);
      const m = JSON.parse(new TextDecoder().decode(f.get('manifest.json')!)) as Manifest;
      m.files.find((x) => x.name === 'report.html')!.sha256 = createHash('sha256').update(html).digest('hex');
      f.set('manifest.json', new TextEncoder().encode(`${JSON.stringify(m, null, 2)}\n`));
    });
    const r = verifyPack(bad);
    expect(r.status).toBe('tampered');
    expect(r.changedFiles).toContain('manifest.json');
  });

  it('names missing and extra files', () => {
    const r = verifyPack(
      repack((f) => {
        f.delete('posts.csv');
        f.set('note-from-someone.txt', new TextEncoder().encode('added later'));
      }),
    );
    expect(r.status).toBe('tampered');
    expect(r.missingFiles).toEqual(['posts.csv']);
    expect(r.extraFiles).toEqual(['note-from-someone.txt']);
  });

  it('calls a non-ZIP, a truncated ZIP and a ZIP without a manifest unreadable', () => {
    expect(verifyPack(new TextEncoder().encode('not a zip at all')).status).toBe('unreadable');
    expect(verifyPack(zip.slice(0, 200)).status).toBe('unreadable');
    const none = verifyPack(repack((f) => f.delete('manifest.json')));
    expect(none.status).toBe('unreadable');
    expect(none.problems[0]).toMatch(/no manifest\.json/);
  });

  it('answers on the command line with exit 0 intact, 1 tampered (naming what changed), 2 unreadable', () => {
    const dir = tempDir('bulwark-verify-');
    const good = path.join(dir, 'good.zip');
    fs.writeFileSync(good, zip);
    const ok = bulwark(['verify-pack', good]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^INTACT/);

    const bad = path.join(dir, 'bad.zip');
    fs.writeFileSync(
      bad,
      repack((f) => f.set('posts.jsonl', flipByte(f.get('posts.jsonl')!, 15))),
    );
    const t = bulwark(['verify-pack', bad]);
    expect(t.status).toBe(1);
    expect(t.stdout).toMatch(/^TAMPERED/);
    expect(t.stdout).toContain('changed file: posts.jsonl');
    expect(t.stdout).toMatch(/altered post: post 1 \(/);

    const junk = path.join(dir, 'junk.zip');
    fs.writeFileSync(junk, 'hello');
    const u = bulwark(['verify-pack', junk]);
    expect(u.status).toBe(2);
    expect(u.stdout).toMatch(/^UNREADABLE/);
    expect(bulwark(['verify-pack', path.join(dir, 'absent.zip')]).status).toBe(2);
  });

  it('finds a byte flipped inside the ZIP itself (no re-zipping) tampered', () => {
    // report.pdf is stored uncompressed, so a flipped byte in the container is a flipped byte of the PDF.
    const bytes = new Uint8Array(zip);
    const pdfAt = Buffer.from(bytes).indexOf('%PDF-');
    bytes[pdfAt + 2000] = bytes[pdfAt + 2000]! ^ 0x01;
    const r = verifyPack(bytes);
    expect(r.status).toBe('tampered');
    expect(r.changedFiles).toEqual(['report.pdf']);
  });
});
