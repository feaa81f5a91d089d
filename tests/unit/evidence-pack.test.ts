import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../electron/evidence/buildPack';
import { collectCase } from '../../electron/evidence/collect';
import { exportCasePack } from '../../electron/evidence/exportCase';
import { sha256Hex } from '../../electron/evidence/jsonl';
import type { Manifest } from '../../electron/evidence/manifest';
import { bothTimes, londonText, utcText } from '../../electron/evidence/timefmt';
import { readZip } from '../../electron/evidence/zip';
import { tempDir } from '../helpers/tmp';
import { makeCaseFixture, NASTY, REVIEWER, type CaseFixture } from './evidence-fixture';
import { readPdf } from './evidence-pdfReader';

let fx: CaseFixture;
beforeAll(async () => {
  fx = await makeCaseFixture();
});
afterAll(() => fx.service.close());

const T1 = '2025-11-20T10:11:12.345Z';
const T2 = '2025-12-01T09:08:07.654Z';

function files(zip: Uint8Array): Map<string, Buffer> {
  const { files, damaged } = readZip(zip);
  expect(damaged).toEqual([]);
  return new Map([...files].map(([k, v]) => [k, Buffer.from(v)]));
}

/** Every way a pack writes its generated-at, replaced by a marker. */
function normalise(text: string, at: string): string {
  let out = text;
  for (const form of [bothTimes(at), utcText(at), londonText(at), at])
    out = out.split(form).join('<GENERATED-AT>');
  return out;
}

/** PDF objects (number → bytes of the object), for comparing two reports object by object. */
function pdfObjects(pdf: Buffer): Map<number, string> {
  const s = pdf.toString('latin1');
  const out = new Map<number, string>();
  for (const m of s.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) out.set(Number(m[1]), m[2]!);
  return out;
}

describe('evidence pack contents', () => {
  it('holds the report, CSV, raw JSONL and a manifest with every hash and the import provenance', async () => {
    const data = collectCase(fx.db, fx.caseId, REVIEWER);
    const pack = await buildPack(data, { generatedAt: T1 });
    const f = files(pack.zip);
    expect([...f.keys()]).toEqual([
      'README.txt',
      'report.pdf',
      'report.html',
      'posts.csv',
      'posts.jsonl',
      'manifest.json',
    ]);
    const manifest = JSON.parse(f.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.generatedAt).toBe(T1);
    expect(manifest.packId).toBe(pack.packId);
    expect(manifest.case.references.map((r) => r.reference)).toEqual(['X-RPT-1234', 'CR/2025/0042']);
    for (const file of manifest.files) expect(sha256Hex(f.get(file.name)!)).toBe(file.sha256);
    // posts.jsonl: the raw records exactly as stored at import, in report order, hashed in the manifest.
    const raws = fx.db
      .prepare(
        'SELECT p.raw FROM case_posts cp JOIN posts p ON p.id = cp.post_id WHERE cp.case_id = ? ORDER BY p.created_at, p.id',
      )
      .pluck()
      .all(fx.caseId) as string[];
    const lines = f.get('posts.jsonl')!.toString('utf8').split('\n').slice(0, -1);
    expect(lines).toEqual(raws);
    expect(manifest.posts.map((p) => p.rawSha256)).toEqual(lines.map((l) => sha256Hex(l)));
    expect(manifest.posts.every((p) => p.rawSha256 === p.importedRawSha256)).toBe(true);
    // Provenance: both sample files, with their SHA-256 as recorded at import.
    const imports = fx.db.prepare('SELECT file_name, file_sha256 FROM imports ORDER BY id').all() as {
      file_name: string;
      file_sha256: string;
    }[];
    expect(manifest.imports.map((i) => [i.fileName, i.fileSha256])).toEqual(
      imports.map((i) => [i.file_name, i.file_sha256]),
    );
    expect(manifest.imports[0]!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(manifest.classifierVersions.length).toBeGreaterThan(0);
    // CSV: a header and one row per post, with the awkward post's text intact.
    const csv = f.get('posts.csv')!.toString('utf8');
    expect(csv.startsWith('\uFEFFnumber,platform,post_id,url,author_handle')).toBe(true);
    expect(csv.trimEnd().split('\r\n').length).toBeGreaterThanOrEqual(manifest.posts.length + 1);
    expect(csv).toContain(NASTY.replaceAll('"', '""'));
    expect(csv).toContain('Reported by the member’s office on the phone.');
  });

  it('writes a self-contained report.html that escapes post text and fetches nothing', async () => {
    const pack = await buildPack(collectCase(fx.db, fx.caseId, REVIEWER), { generatedAt: T1 });
    const html = files(pack.zip).get('report.html')!.toString('utf8');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('💀 🇬🇧 Привет &amp; &quot;quoted&quot;');
    expect(html).toContain('Threats &lt;to&gt; “the leader”');
    expect(html).toContain("default-src 'none'");
    // No attribute may point anywhere: URLs only ever appear as escaped text.
    expect(html).not.toMatch(/<[^>]*\s(src|href|action|srcset|xlink:href)\s*=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain('Indicative, not legal advice');
    expect(html).toContain('Online Safety Act 2023, s181');
    expect(html).toContain('CR/2025/0042');
    expect(html).toContain('<svg');
  });

  it('gives identical files when the same case is exported twice, apart from generated-at', async () => {
    const dir = tempDir('bulwark-pack-');
    const a = await exportCasePack(fx.db, fx.caseId, path.join(dir, 'a.zip'), {
      actor: REVIEWER,
      generatedAt: T1,
    });
    const b = await exportCasePack(fx.db, fx.caseId, path.join(dir, 'b.zip'), {
      actor: REVIEWER,
      generatedAt: T2,
    });
    // Same generated-at: byte-identical ZIP, even though the first export was recorded in the case.
    const a2 = await exportCasePack(fx.db, fx.caseId, path.join(dir, 'a2.zip'), {
      actor: REVIEWER,
      generatedAt: T1,
    });
    expect(a2.sha256).toBe(a.sha256);
    expect(fs.readFileSync(path.join(dir, 'a2.zip')).equals(fs.readFileSync(path.join(dir, 'a.zip')))).toBe(
      true,
    );
    expect(b.packId).toBe(a.packId);

    const fa = files(fs.readFileSync(a.file));
    const fb = files(fs.readFileSync(b.file));
    expect([...fb.keys()]).toEqual([...fa.keys()]);
    for (const name of ['posts.csv', 'posts.jsonl'])
      expect(fb.get(name)!.equals(fa.get(name)!), name).toBe(true);
    for (const name of ['README.txt', 'report.html']) {
      expect(fb.get(name)!.equals(fa.get(name)!), `${name} should mention generated-at`).toBe(false);
      expect(normalise(fb.get(name)!.toString('utf8'), T2), name).toBe(
        normalise(fa.get(name)!.toString('utf8'), T1),
      );
    }
    // The manifest differs in generated-at and in the hashes of the files that show it, nothing else.
    const ma = JSON.parse(fa.get('manifest.json')!.toString('utf8')) as Manifest;
    const mb = JSON.parse(fb.get('manifest.json')!.toString('utf8')) as Manifest;
    const strip = (m: Manifest) => ({
      ...m,
      generatedAt: '',
      seal: '',
      files: m.files.map((f) => (['posts.csv', 'posts.jsonl'].includes(f.name) ? f : { name: f.name })),
    });
    expect(strip(mb)).toEqual(strip(ma));

    // report.pdf: every object identical except the cover page's text and the dates; the trailer
    // differs only in its ID (derived from the dates) and where the cross-reference table starts.
    const pa = fa.get('report.pdf')!;
    const pb = fb.get('report.pdf')!;
    const oa = pdfObjects(pa);
    const ob = pdfObjects(pb);
    expect([...ob.keys()]).toEqual([...oa.keys()]);
    const differing = [...oa.keys()].filter((k) => oa.get(k) !== ob.get(k));
    expect(differing.length).toBeGreaterThan(0);
    const isDate = (o: string) => /^\s*\(D:\d{14}Z\)\s*$/.test(o);
    const undated = (o: string) =>
      o.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?/g, 'T');
    const other = differing.filter((k) => {
      const x = oa.get(k)!;
      const y = ob.get(k)!;
      if (isDate(x) && isDate(y)) return false;
      // The XMP metadata stream repeats the creation date.
      if (x.includes('/Type /Metadata')) return undated(x) !== undated(y);
      return true;
    });
    // Only the cover page's content stream remains (its text is compared below).
    expect(other.length).toBe(1);
    const docA = readPdf(pa);
    const docB = readPdf(pb);
    expect(docB.pages.length).toBe(docA.pages.length);
    docA.pages.forEach((text, i) => {
      const other = docB.pages[i]!;
      if (i === 0) expect(normalise(other, T2)).toBe(normalise(text, T1));
      else expect(other, `page ${i + 1}`).toBe(text);
    });
    expect(docA.pages[0]).toContain(utcText(T1));
    const trailer = (p: Buffer) =>
      p
        .toString('latin1')
        .slice(p.toString('latin1').lastIndexOf('trailer'))
        .replace(/\/ID \[[^\]]*\]/, '')
        .replace(/startxref\s+\d+/, '');
    expect(trailer(pb)).toBe(trailer(pa));
  });

  it('redacts other people’s handles and reviewer names for the press, and says so in the manifest', async () => {
    const pack = await buildPack(collectCase(fx.db, fx.caseId, REVIEWER), {
      generatedAt: T1,
      redact: ['reviewers', 'handles'],
    });
    const f = files(pack.zip);
    const manifest = JSON.parse(f.get('manifest.json')!.toString('utf8')) as Manifest;
    expect(manifest.redaction.applied).toEqual(['handles', 'reviewers']);
    expect(manifest.redaction.handlesReplaced).toBeGreaterThanOrEqual(2);
    expect(manifest.redaction.reviewersReplaced).toBeGreaterThanOrEqual(2);
    expect(manifest.redaction.description.join(' ')).toMatch(/handles/);
    for (const name of ['report.html', 'posts.csv', 'posts.jsonl', 'README.txt']) {
      const text = f.get(name)!.toString('utf8');
      expect(text, name).not.toContain('bystander_one');
      expect(text, name).not.toContain('Other.Person.bsky.social');
      expect(text, name).not.toContain(REVIEWER);
      expect(text, name).not.toContain('Alex Jones');
    }
    const html = f.get('report.html')!.toString('utf8');
    expect(html).toContain('@[redacted] and @[redacted]:');
    expect(html).toContain('Reviewer A');
    expect(html).toContain('This is a redacted version');
    const pdf = readPdf(f.get('report.pdf')!).pages.join('\n');
    expect(pdf).not.toContain(REVIEWER);
    expect(pdf).not.toContain('bystander_one');
    // The redacted post's raw record no longer matches its import hash, and the manifest says why.
    const nasty = manifest.posts.find(
      (p) =>
        p.postId === fx.db.prepare('SELECT platform_post_id FROM posts WHERE id = ?').pluck().get(fx.nastyId),
    );
    expect(nasty?.redacted).toBe(true);
    expect(nasty!.rawSha256).not.toBe(nasty!.importedRawSha256);
  });
});
