import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../electron/evidence/buildPack';
import { collectCase } from '../../electron/evidence/collect';
import { readZip } from '../../electron/evidence/zip';
import { makeCaseFixture, REVIEWER, type CaseFixture } from './evidence-fixture';
import { readPdf, type PdfDoc } from './evidence-pdfReader';

let fx: CaseFixture;
let pdf: PdfDoc;
let all: string;
beforeAll(async () => {
  fx = await makeCaseFixture();
  const pack = await buildPack(collectCase(fx.db, fx.caseId, REVIEWER), {
    generatedAt: '2025-07-01T12:00:00.000Z',
  });
  const bytes = Buffer.from(readZip(pack.zip).files.get('report.pdf')!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  pdf = readPdf(bytes);
  all = pdf.pages.join('\n');
});
afterAll(() => fx.service.close());

/** The report's text with line breaks folded, so a value wrapped over two lines still matches. */
const flat = () => all.replace(/\s+/g, ' ');

describe('report.pdf (read back without Electron or poppler)', () => {
  it('starts with a cover: case, person, period, prepared by, generated at (UTC and UK time)', () => {
    const cover = pdf.pages[0]!;
    expect(cover).toContain('Evidence pack: Threats <to> “the leader”');
    const person = fx.db.prepare('SELECT name FROM people ORDER BY id LIMIT 1').pluck().get() as string;
    for (const s of ['Case', 'Person', person, 'Period', 'Prepared by', REVIEWER, 'Generated at'])
      expect(cover).toContain(s);
    expect(cover).toContain('2025-07-01 12:00:00 UTC (2025-07-01 13:00:00 BST)');
    expect(cover).toContain('Referred to police');
    expect(cover).toContain('CR/2025/0042');
  });

  it('has the summary, the chart’s legend, accounts, campaigns, the case timeline and provenance', () => {
    const text = flat();
    for (const s of [
      'Summary',
      'By category and severity',
      'S4 severe',
      'Accounts involved',
      'Campaigns found',
      'Timeline',
      'Status changed from open to reported to platform on 2025-03-02; Platform report (x) X-RPT-1234',
      'Note: Member informed; wants police involved.',
      'Where the posts came from',
      'x-v2-flat.jsonl',
      'mastodon-statuses.json',
    ])
      expect(text).toContain(s);
  });

  it('shows every post verbatim with its ids, URL, times, decision, notes and import', () => {
    const text = flat();
    const posts = fx.db
      .prepare(
        `SELECT p.text, p.platform_post_id, p.url FROM case_posts cp JOIN posts p ON p.id = cp.post_id
         WHERE cp.case_id = ? AND p.id <> ?`,
      )
      .all(fx.caseId, fx.nastyId) as { text: string; platform_post_id: string; url: string | null }[];
    expect(posts.length).toBeGreaterThan(20);
    for (const p of posts) {
      // Emoji are shown by code in the PDF; compare the rest of the text.
      const plain = p.text
        .replace(/[\u{1F000}-\u{1FFFF}\u{2600}-\u{27BF}]|\uFE0F|\u200D/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      for (const part of plain.split(' ').filter((w) => w.length > 3)) expect(text).toContain(part);
      expect(text).toContain(p.platform_post_id);
    }
    expect(text).toContain('Reported by the member’s office on the phone.');
    expect(text).toContain('Confirmed as abuse — confirmed as abuse by Sam Patel');
    expect(text).toContain('From the files the office sent');
    expect(text).toMatch(/Posted \(UK time\): \d{4}-\d\d-\d\d \d\d:\d\d:\d\d (GMT|BST)/);
    expect(text).toMatch(
      /Imported: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC from “x-v2-flat\.jsonl” \(file SHA-256 [0-9a-f]{64}\)/,
    );
  });

  it('keeps markup as text and marks characters the font cannot draw instead of dropping them', () => {
    const text = flat();
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('[emoji U+1F480] [flag GB] Привет & "quoted"');
  });

  it('marks the law notes on threats as indicative, not legal advice', () => {
    const text = flat();
    expect(text).toContain('INDICATIVE, NOT LEGAL ADVICE.');
    expect(text).toContain(
      'UK law that may apply (indicative, not legal advice): Online Safety Act 2023, s181',
    );
    expect(text).toContain('Malicious Communications Act 1988, s1');
    expect(text).toContain('Communications Act 2003, s127');
  });

  it('numbers every page and sets the document dates from generated-at', () => {
    pdf.pages.forEach((p, i) => expect(p).toContain(`· page ${i + 1}`));
    expect(pdf.pages.length).toBeGreaterThan(4);
  });
});
