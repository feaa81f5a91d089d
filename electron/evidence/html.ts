/**
 * report.html: one self-contained file. Inline CSS, the chart as inline SVG, no scripts, no images, no
 * links out (URLs are shown as text), and a Content-Security-Policy that forbids fetching anything, so
 * opening it never contacts a server. Every piece of text is escaped: a post can never become markup.
 */
import { chartSvg } from './chart';
import type { Field } from './postFields';
import type { ReportModel, ReportPost } from './reportModel';
import { SEVERITY_NAMES } from './summary';
import { platformName } from './postFields';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

const CSS = `
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 14px; line-height: 1.45; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 900px; margin: 0 auto; padding: 24px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; border-bottom: 2px solid #1a1a1a; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 0 0 6px; }
.lede { color: #444; margin: 0 0 16px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { font-weight: 600; color: #333; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 12.5px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f0f0f0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: 10px; height: 10px; margin-right: 6px; border: 1px solid #777; vertical-align: -1px; }
.notice { border: 2px solid #1a1a1a; padding: 10px 14px; margin: 12px 0; background: #f7f7f7; }
.legal { border-left: 4px solid #b35900; background: #fff6ec; padding: 8px 12px; margin: 8px 0; }
.legal strong.caveat { display: block; color: #7a3d00; }
article.post { border: 1px solid #999; border-radius: 4px; padding: 12px 14px; margin: 14px 0; break-inside: avoid; }
article.post h3 { font-size: 14px; }
blockquote.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0 10px; padding: 8px 12px; border-left: 4px solid #555; background: #f4f4f4; font-size: 15px; }
.sev4 { border-color: #000; border-width: 2px; }
.chart { overflow-x: auto; }
footer { margin-top: 32px; color: #555; font-size: 12px; }
@media print { main { max-width: none; padding: 0; } h2 { break-after: avoid; } }
`;

function facts(fields: Field[]): string {
  return `<dl class="facts">${fields
    .map(
      (f) => `<dt>${escapeHtml(f.label)}</dt><dd${f.mono ? ' class="mono"' : ''}>${escapeHtml(f.value)}</dd>`,
    )
    .join('')}</dl>`;
}

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head
    .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${escapeHtml(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

function summarySection(m: ReportModel): string {
  const s = m.summary;
  const cats = table(
    ['Category', ...SEVERITY_NAMES.map((n) => n.slice(0, 2)), 'Total'],
    s.byCategory.map((c) => [
      `<span class="swatch" style="background:${escapeHtml(c.colour)}"></span>${escapeHtml(c.name)}`,
      ...c.bySeverity.map(String),
      String(c.total),
    ]),
    [1, 2, 3, 4, 5, 6],
  );
  const over = table(
    [s.unit === 'day' ? 'Day' : s.unit === 'week' ? 'Week starting' : 'Month', ...SEVERITY_NAMES, 'Total'],
    s.buckets
      .filter((b) => b.total > 0)
      .map((b) => [escapeHtml(b.label), ...b.bySeverity.map(String), String(b.total)]),
    [1, 2, 3, 4, 5, 6],
  );
  return `<section><h2>Summary</h2>
<p>${s.posts} posts, of which ${s.abusive} are abusive (the reviewer’s decision where there is one, otherwise the classifier’s). Severity runs from S0 (none) to S4 (threats of death or serious harm, encouraging self-harm).</p>
<figure class="chart">${chartSvg(m.chart, m.chartCaption)}<figcaption>${escapeHtml(m.chartCaption)}</figcaption></figure>
<h3>By category and severity</h3>${cats}
<h3>Over time (UTC)</h3>${over}
<h3>Platforms</h3>${table(
    ['Platform', 'Posts'],
    s.platforms.map((p) => [escapeHtml(platformName(p.platform)), String(p.posts)]),
    [1],
  )}</section>`;
}

function accountsSection(m: ReportModel): string {
  return `<section><h2>Accounts involved</h2>${table(
    [
      'Platform',
      'Handle',
      'Display name',
      'Account id',
      'Posts',
      'Abusive',
      'First post (UTC)',
      'Last post (UTC)',
    ],
    m.summary.accounts.map((a) => [
      escapeHtml(platformName(a.platform)),
      escapeHtml(a.handle ? `@${a.handle}` : '—'),
      escapeHtml(a.name ?? '—'),
      `<span class="mono">${escapeHtml(a.id ?? '—')}</span>`,
      String(a.posts),
      String(a.abusive),
      escapeHtml(a.first.slice(0, 19).replace('T', ' ')),
      escapeHtml(a.last.slice(0, 19).replace('T', ' ')),
    ]),
    [4, 5],
  )}</section>`;
}

function campaignsSection(m: ReportModel): string {
  const body = m.campaigns.length
    ? table(
        ['Campaign', 'Posts in this pack', 'Accounts'],
        m.campaigns.map((c) => [escapeHtml(c.label), String(c.posts), String(c.accounts)]),
        [1, 2],
      )
    : '<p>No detected campaign includes these posts.</p>';
  return `<section><h2>Campaigns found</h2>${body}</section>`;
}

function caseSection(m: ReportModel): string {
  const timeline = m.timeline.length
    ? table(
        ['When', 'Who', 'What'],
        m.timeline.map((t) => [escapeHtml(t.when), escapeHtml(t.who), escapeHtml(t.what)]),
      )
    : '<p>No timeline: these posts were exported from a filter, not a case.</p>';
  return `<section><h2>The case</h2>${m.caseFacts.length ? facts(m.caseFacts) : ''}<h3>Timeline</h3>${timeline}
<h3>Where the posts came from</h3>${
    m.importsTable.length
      ? table(
          ['File', 'File SHA-256', 'Imported (UTC)', 'Posts here'],
          m.importsTable.map((i) => [
            escapeHtml(i.file),
            `<span class="mono">${escapeHtml(i.sha256)}</span>`,
            escapeHtml(i.at),
            String(i.posts),
          ]),
          [3],
        )
      : '<p>None of these posts came from an imported file (demo or generated data).</p>'
  }</section>`;
}

function lawSection(m: ReportModel): string {
  if (!m.lawNotes.length) return '';
  return `<section><h2>UK law that may apply</h2><div class="legal"><strong class="caveat">${escapeHtml(m.lawCaveat)}</strong>
<p>Posts below marked with a law note were categorised as threats, harassment or related abuse. Whether an offence was committed is for the police, prosecutors and courts.</p>
<ul>${m.lawNotes.map((n) => `<li><strong>${escapeHtml(n.title)}</strong>: ${escapeHtml(n.text)}</li>`).join('')}</ul></div></section>`;
}

function postArticle(p: ReportPost): string {
  const law = p.law.length
    ? `<div class="legal"><strong class="caveat">UK law that may apply — ${escapeHtml('indicative, not legal advice')}</strong><ul>${p.law
        .map((l) => `<li>${escapeHtml(l.title)}</li>`)
        .join('')}</ul></div>`
    : '';
  return `<article class="post${p.post.severity === 4 ? ' sev4' : ''}" id="post-${p.n}"><h3>${escapeHtml(p.heading)}</h3>
<blockquote class="text" lang="${escapeHtml(p.post.lang ?? '')}">${escapeHtml(p.post.text) || '<em>(no text)</em>'}</blockquote>
${facts([...p.fields, { label: 'Raw record SHA-256', value: p.rawSha256, mono: true }])}${law}</article>`;
}

export function renderHtml(m: ReportModel): string {
  const parts: string[] = [];
  parts.push(`<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.title)}</title><style>${CSS}</style></head>
<body><main>
<header><h1>${escapeHtml(m.title)}</h1><p class="lede">An evidence pack made by Bulwark. Post text is verbatim and may be offensive.</p>
${facts(m.cover)}</header>`);
  if (m.redaction.options.length)
    parts.push(
      `<div class="notice"><strong>This is a redacted version.</strong><ul>${m.redaction.description
        .map((d) => `<li>${escapeHtml(d)}</li>`)
        .join('')}</ul></div>`,
    );
  parts.push(
    `<div class="notice"><strong>Checking this pack</strong><ul>${m.verifyText.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></div>`,
  );
  parts.push(summarySection(m), accountsSection(m), campaignsSection(m), caseSection(m), lawSection(m));
  parts.push(`<section><h2>Posts (${m.posts.length})</h2><p>Oldest first.</p>`);
  for (const p of m.posts) parts.push(postArticle(p));
  parts.push(
    `</section><footer>${escapeHtml(m.cover.find((f) => f.label === 'Pack id')?.value ?? '')} · ${escapeHtml(m.title)}</footer></main></body></html>\n`,
  );
  return parts.join('\n');
}
