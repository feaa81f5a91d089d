/**
 * report.pdf with pdfkit, under plain Node (no Electron, no browser). Deterministic: the document's
 * dates and file ID come from generated-at only, fonts are embedded from fixed files, and nothing is
 * random, so the same input always gives the same bytes.
 * Speed matters (10,000 posts in seconds): each post is a few text calls, not one per field.
 */
import PDFDocument from 'pdfkit';
import { loadFonts } from './fonts';
import { installFastLayout, PdfText } from './pdfText';
import type { Field } from './postFields';
import { platformName } from './postFields';
import type { ReportModel, ReportPost } from './reportModel';
import { SEVERITY_NAMES } from './summary';

const PAGE = { width: 595.28, height: 841.89, margin: 48 };
const WIDTH = PAGE.width - 2 * PAGE.margin;
const INK = '#1a1a1a';
const MUTED = '#444444';

type Doc = PDFKit.PDFDocument;

class ReportPdf {
  page = 0;
  constructor(
    readonly doc: Doc,
    readonly t: PdfText,
    readonly footer: string,
  ) {
    doc.on('pageAdded', () => this.drawFooter());
    this.drawFooter();
  }

  /**
   * Page number and pack id in the bottom margin of every page. It runs in the middle of whatever text
   * pdfkit was flowing onto the new page, so it puts the font, size and colour back as it found them.
   */
  private drawFooter(): void {
    const { doc } = this;
    const d = doc as unknown as { _font: unknown; _fontSize: number; _fillColor?: [string, number?] };
    const saved = { font: d._font, size: d._fontSize, fill: d._fillColor, x: doc.x, y: doc.y };
    this.page++;
    const label = `${this.footer} · page ${this.page}`;
    doc.font('regular').fontSize(7.5).fillColor(MUTED);
    doc.text(label, PAGE.margin + (WIDTH - doc.widthOfString(label)) / 2, PAGE.height - 30, {
      lineBreak: false,
    });
    d._font = saved.font;
    d._fontSize = saved.size;
    doc.fillColor(...(saved.fill ?? [INK]));
    doc.x = saved.x;
    doc.y = saved.y;
  }

  /**
   * Short lines of small print, one text call each and no line-breaking work for those that fit (most
   * do); a line too wide for the page wraps as usual.
   */
  smallLines(lines: string[], size: number, colour: string): void {
    const { doc } = this;
    doc.font('regular').fontSize(size).fillColor(colour);
    const lh = doc.currentLineHeight(true);
    for (const raw of lines) {
      const line = this.t.safe(raw);
      if (doc.y + lh > PAGE.height - PAGE.margin) {
        doc.addPage();
        doc.font('regular').fontSize(size).fillColor(colour);
      }
      if (doc.widthOfString(line) <= WIDTH) {
        doc.text(line, PAGE.margin, doc.y, { lineBreak: false });
        doc.x = PAGE.margin;
        doc.y += lh;
      } else doc.text(line, PAGE.margin, doc.y, { width: WIDTH });
    }
    doc.fillColor(INK);
  }

  /** Starts a new page unless `need` points still fit on this one. */
  ensure(need: number): void {
    if (this.doc.y + need > PAGE.height - PAGE.margin) this.doc.addPage();
  }

  heading(text: string, size = 15): void {
    this.ensure(size * 3);
    const { doc } = this;
    doc
      .moveDown(0.6)
      .font('bold')
      .fontSize(size)
      .fillColor(INK)
      .text(this.t.safe(text), PAGE.margin, doc.y, { width: WIDTH });
    const y = doc.y + 2;
    doc
      .moveTo(PAGE.margin, y)
      .lineTo(PAGE.margin + WIDTH, y)
      .lineWidth(size > 13 ? 1.2 : 0.6)
      .stroke(INK);
    doc.y = y + 6;
  }

  para(text: string, opts: { size?: number; bold?: boolean; colour?: string; gap?: number } = {}): void {
    const { doc } = this;
    doc
      .font(opts.bold ? 'bold' : 'regular')
      .fontSize(opts.size ?? 9.5)
      .fillColor(opts.colour ?? INK)
      .text(this.t.safe(text), PAGE.margin, doc.y, { width: WIDTH });
    doc.fillColor(INK);
    if (opts.gap) doc.moveDown(opts.gap);
  }

  /** A small heading kept on the same page as what follows it (a table's header and first row). */
  subheading(text: string): void {
    this.ensure(70);
    this.doc.moveDown(0.4);
    this.para(text, { bold: true, size: 10, gap: 0.2 });
  }

  /** Label / value pairs in two columns (the cover and the case facts: a few rows each). */
  facts(fields: Field[], labelWidth = 110): void {
    const { doc } = this;
    for (const f of fields) {
      this.ensure(14);
      const y = doc.y;
      doc
        .font('bold')
        .fontSize(9)
        .fillColor(MUTED)
        .text(this.t.safe(f.label), PAGE.margin, y, { width: labelWidth - 8 });
      const afterLabel = doc.y;
      doc
        .font('regular')
        .fontSize(9)
        .fillColor(INK)
        .text(this.t.safe(f.value), PAGE.margin + labelWidth, y, { width: WIDTH - labelWidth });
      doc.y = Math.max(doc.y, afterLabel) + 2;
    }
    doc.x = PAGE.margin;
  }

  /** A simple table: fixed column widths, one text call per cell, a rule under each row. */
  table(head: string[], rows: string[][], widths: number[], numeric: number[] = []): void {
    const { doc } = this;
    const total = widths.reduce((a, b) => a + b, 0);
    const cols = widths.map((w) => (w / total) * WIDTH);
    const row = (cells: string[], bold: boolean) => {
      doc.font(bold ? 'bold' : 'regular').fontSize(8);
      const heights = cells.map((c, i) => doc.heightOfString(this.t.safe(c), { width: cols[i]! - 6 }));
      const h = Math.max(...heights) + 5;
      if (doc.y + h + 2 > PAGE.height - PAGE.margin) {
        doc.addPage();
        // A table that runs onto a new page repeats its header there.
        if (!bold) {
          row(head, true);
          doc.font('regular').fontSize(8);
        }
      }
      const y = doc.y;
      let x = PAGE.margin;
      cells.forEach((c, i) => {
        doc.text(this.t.safe(c), x + 3, y + 2.5, {
          width: cols[i]! - 6,
          align: numeric.includes(i) ? 'right' : 'left',
        });
        x += cols[i]!;
      });
      doc
        .moveTo(PAGE.margin, y + h)
        .lineTo(PAGE.margin + WIDTH, y + h)
        .lineWidth(bold ? 0.8 : 0.3)
        .stroke(bold ? INK : '#999999');
      doc.y = y + h + 1;
    };
    // Never a header alone at the foot of a page.
    this.ensure(45);
    row(head, true);
    for (const r of rows) row(r, false);
    doc.x = PAGE.margin;
    doc.moveDown(0.5);
  }

  chart(m: ReportModel): void {
    const { doc } = this;
    const g = m.chart;
    const scale = WIDTH / g.width;
    this.ensure(g.height * scale + 30);
    const ox = PAGE.margin;
    const oy = doc.y;
    const X = (v: number) => ox + v * scale;
    const Y = (v: number) => oy + v * scale;
    doc.font('regular').fontSize(7).fillColor(MUTED);
    for (const t of g.yTicks) {
      doc.moveTo(X(g.plot.left), Y(t.y)).lineTo(X(g.plot.right), Y(t.y)).lineWidth(0.3).stroke('#dddddd');
      doc.text(t.label, X(0), Y(t.y) - 3.5, {
        width: X(g.plot.left - 6) - X(0),
        align: 'right',
        lineBreak: false,
      });
    }
    for (const r of g.rects) doc.rect(X(r.x), Y(r.y), r.w * scale, r.h * scale).fill(r.colour);
    doc
      .moveTo(X(g.plot.left), Y(g.plot.bottom))
      .lineTo(X(g.plot.right), Y(g.plot.bottom))
      .lineWidth(0.6)
      .stroke(INK);
    doc.fillColor(MUTED);
    for (const l of g.xLabels)
      doc.text(this.t.safe(l.label), X(l.x) - 30, Y(g.plot.bottom + 6), {
        width: 60,
        align: 'center',
        lineBreak: false,
      });
    let lx = X(g.plot.left);
    const ly = Y(g.height - 22);
    for (const item of g.legend) {
      doc.rect(lx, ly, 7, 7).fill(item.colour);
      doc.fillColor(MUTED).text(item.label, lx + 10, ly, { lineBreak: false });
      lx += 18 + doc.widthOfString(item.label);
    }
    doc.fillColor(INK);
    doc.x = PAGE.margin;
    doc.y = oy + g.height * scale + 4;
    this.para(m.chartCaption, { size: 8, colour: MUTED, gap: 0.5 });
  }

  post(p: ReportPost): void {
    const { doc, t } = this;
    const text = t.safe(p.post.text) || '(no text)';
    doc.font('regular').fontSize(10.5);
    const textH = doc.heightOfString(text, { width: WIDTH - 14 });
    this.ensure(Math.min(textH, 200) + 60);
    doc
      .font('bold')
      .fontSize(9.5)
      .fillColor(INK)
      .text(t.safe(p.heading), PAGE.margin, doc.y, { width: WIDTH });
    doc.moveDown(0.2);
    const top = doc.y;
    const page = this.page;
    doc
      .font('regular')
      .fontSize(10.5)
      .text(text, PAGE.margin + 10, top + 3, { width: WIDTH - 14 });
    // The bar beside the quoted text (when the text ran onto a new page, beside the part on it).
    const barTop = this.page === page ? top : PAGE.margin;
    doc
      .rect(PAGE.margin, barTop, 3, Math.max(8, doc.y - barTop + 2))
      .fill(p.post.severity === 4 ? '#000000' : '#777777');
    doc.fillColor(INK).moveDown(0.3);
    this.smallLines(pairUp([...p.fields, { label: 'Raw record SHA-256', value: p.rawSha256 }]), 7.8, MUTED);
    if (p.law.length) {
      doc
        .moveDown(0.2)
        .font('bold')
        .fontSize(7.8)
        .fillColor('#7a3d00')
        .text(
          `UK law that may apply (indicative, not legal advice): ${p.law.map((l) => l.title).join('; ')}`,
          PAGE.margin,
          doc.y,
          { width: WIDTH },
        );
    }
    doc.fillColor(INK).moveDown(0.9);
  }
}

/** Fields that read well side by side share a line: fewer, fuller lines of small print. */
const PAIRS = new Map([
  ['Platform', 'Post id'],
  ['Author', 'Author id'],
  ['Posted (UTC)', 'Posted (UK time)'],
  ['Severity', 'Reviewer decision'],
]);

function pairUp(fields: Field[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    const next = fields[i + 1];
    if (next && PAIRS.get(f.label) === next.label) {
      lines.push(`${f.label}: ${f.value}   ·   ${next.label}: ${next.value}`);
      i++;
    } else lines.push(`${f.label}: ${f.value}`);
  }
  return lines;
}

function coverAndSummary(r: ReportPdf, m: ReportModel): void {
  const { doc } = r;
  doc
    .font('bold')
    .fontSize(20)
    .fillColor(INK)
    .text(r.t.safe(m.title), PAGE.margin, PAGE.margin, { width: WIDTH });
  doc.moveDown(0.3);
  r.para('An evidence pack made by Bulwark. Post text is verbatim and may be offensive.', {
    colour: MUTED,
    gap: 0.6,
  });
  r.facts(m.cover);
  if (m.redaction.options.length) {
    r.heading('This is a redacted version', 12);
    for (const d of m.redaction.description) r.para(`• ${d}`, { size: 9 });
  }
  r.heading('Checking this pack', 12);
  for (const v of m.verifyText) r.para(`• ${v}`, { size: 9 });

  const s = m.summary;
  r.heading('Summary');
  r.para(
    `${s.posts} posts, of which ${s.abusive} are abusive (the reviewer’s decision where there is one, otherwise the classifier’s). Severity runs from S0 (none) to S4 (threats of death or serious harm, encouraging self-harm).`,
    { gap: 0.5 },
  );
  r.chart(m);
  r.subheading('By category and severity');
  r.table(
    ['Category', ...SEVERITY_NAMES.map((n) => n.slice(0, 2)), 'Total'],
    s.byCategory.map((c) => [c.name, ...c.bySeverity.map(String), String(c.total)]),
    [34, 8, 8, 8, 8, 8, 10],
    [1, 2, 3, 4, 5, 6],
  );
  r.subheading('Platforms');
  r.table(
    ['Platform', 'Posts'],
    s.platforms.map((p) => [platformName(p.platform), String(p.posts)]),
    [70, 30],
    [1],
  );
}

function accountsAndCase(r: ReportPdf, m: ReportModel): void {
  r.heading('Accounts involved');
  r.table(
    ['Account', 'Account id', 'Posts', 'Abusive', 'First – last post (UTC)'],
    m.summary.accounts.map((a) => [
      `${platformName(a.platform)} ${a.handle ? `@${a.handle}` : '—'}${a.name ? `\n${a.name}` : ''}`,
      a.id ?? '—',
      String(a.posts),
      String(a.abusive),
      `${a.first.slice(0, 16).replace('T', ' ')} – ${a.last.slice(0, 16).replace('T', ' ')}`,
    ]),
    [32, 22, 8, 9, 29],
    [2, 3],
  );
  r.heading('Campaigns found');
  if (m.campaigns.length)
    r.table(
      ['Campaign', 'Posts in this pack', 'Accounts'],
      m.campaigns.map((c) => [c.label, String(c.posts), String(c.accounts)]),
      [60, 20, 20],
      [1, 2],
    );
  else r.para('No detected campaign includes these posts.', { gap: 0.5 });

  r.heading('The case');
  if (m.caseFacts.length) r.facts(m.caseFacts);
  r.subheading('Timeline');
  if (m.timeline.length)
    r.table(
      ['When', 'Who', 'What'],
      m.timeline.map((t) => [t.when, t.who, t.what]),
      [30, 15, 55],
    );
  else r.para('No timeline: these posts were exported from a filter, not a case.', { gap: 0.5 });
  r.subheading('Where the posts came from');
  if (m.importsTable.length)
    r.table(
      ['File', 'File SHA-256', 'Imported (UTC)', 'Posts'],
      m.importsTable.map((i) => [i.file, i.sha256, i.at, String(i.posts)]),
      [28, 42, 20, 10],
      [3],
    );
  else r.para('None of these posts came from an imported file (demo or generated data).', { gap: 0.5 });

  if (m.lawNotes.length) {
    r.heading('UK law that may apply');
    r.para(m.lawCaveat.toUpperCase(), { bold: true, colour: '#7a3d00', size: 10 });
    r.para(
      'Posts marked with a law note were categorised as threats, harassment or related abuse. Whether an offence was committed is for the police, prosecutors and courts.',
      { size: 9, gap: 0.3 },
    );
    for (const n of m.lawNotes) r.para(`• ${n.title}: ${n.text}`, { size: 9 });
  }
}

/**
 * The embedded font subsets number glyphs in order of first use. Were the generated-at time the first
 * to use some digit, two exports minutes apart would number glyphs differently and every page would
 * differ. Using every character a time can contain first, in a fixed order, keeps all pages but the
 * cover byte-identical between exports of the same case.
 */
function pinTimeGlyphs(doc: Doc): void {
  const font = (doc as unknown as { _font?: { encode?: (text: string) => unknown } })._font;
  font?.encode?.('0123456789-:()., UTCGMBST');
}

/** Renders the report; resolves with the PDF bytes. `onPost` reports progress through the posts. */
export function renderPdf(
  m: ReportModel,
  meta: { generatedAt: string; packId: string },
  onPost?: (done: number, total: number) => void,
): Promise<Buffer> {
  const fonts = loadFonts();
  const when = new Date(meta.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    // No default font: pdfkit would otherwise load Helvetica's metrics from its own folder.
    font: null as unknown as string,
    compress: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: m.title,
      Author: 'Bulwark',
      Subject: `Evidence pack ${meta.packId}`,
      Creator: 'Bulwark',
      Producer: 'Bulwark (pdfkit)',
      CreationDate: when,
      ModDate: when,
    },
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  for (const f of ['bold', 'regular']) {
    doc.font(f);
    installFastLayout(doc);
    pinTimeGlyphs(doc);
  }
  const text = new PdfText(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const r = new ReportPdf(doc, text, `Bulwark evidence pack ${meta.packId}`);
  coverAndSummary(r, m);
  accountsAndCase(r, m);
  doc.addPage();
  r.heading(`Posts (${m.posts.length}), oldest first`);
  m.posts.forEach((p, i) => {
    r.post(p);
    if (onPost && (i % 250 === 0 || i === m.posts.length - 1)) onPost(i + 1, m.posts.length);
  });
  doc.end();
  return done;
}
