/**
 * What both reports (HTML and PDF) show, worked out once: the cover facts, the summary, the law notes
 * and each post's fields. The two writers then only lay it out.
 */
import { chartGeometry, type ChartGeometry } from './chart';
import { ALL_LAW_NOTES, LEGAL_CAVEAT, type LawNote } from './law';
import { platformName, postFields, postLawNotes, type Field } from './postFields';
import { summarise, type PackSummary } from './summary';
import { STATUS_TITLES } from './timelineText';
import { bothTimes, utcText } from './timefmt';
import type { PackData, PackPost, RedactionSummary } from './types';

export interface ReportPost {
  n: number;
  post: PackPost;
  heading: string;
  fields: Field[];
  law: LawNote[];
  rawSha256: string;
}

export interface ReportModel {
  title: string;
  cover: Field[];
  summary: PackSummary;
  chart: ChartGeometry;
  chartCaption: string;
  redaction: RedactionSummary;
  caseFacts: Field[];
  timeline: { when: string; who: string; what: string }[];
  importsTable: { file: string; sha256: string; at: string; posts: number }[];
  campaigns: PackData['campaigns'];
  lawNotes: LawNote[];
  lawCaveat: string;
  posts: ReportPost[];
  verifyText: string[];
}

export interface ReportMeta {
  packId: string;
  generatedAt: string;
  /** SHA-256 of each post's line in posts.jsonl, in report order. */
  rawHashes: string[];
}

function period(s: PackSummary): string {
  if (!s.first || !s.last) return 'No posts';
  return `${utcText(s.first)} to ${utcText(s.last)}`;
}

export function buildReportModel(data: PackData, redaction: RedactionSummary, meta: ReportMeta): ReportModel {
  const summary = summarise(data);
  const imports = new Map(data.imports.map((i) => [i.id, i]));
  const c = data.case;
  const refs = c.references.map(
    (r) =>
      `${r.kind === 'police' ? 'Police' : r.kind === 'platform' ? 'Platform report' : 'Reference'}${r.platform ? ` (${r.platform})` : ''}: ${r.reference}${r.dated ? `, ${r.dated}` : ''}`,
  );
  const cover: Field[] = [
    { label: 'Case', value: c.id !== null ? `${c.title} (case ${c.id})` : c.title },
    { label: 'Person', value: c.person ?? 'Not set' },
    { label: 'Period', value: period(summary) },
    { label: 'Posts', value: `${summary.posts} (${summary.abusive} abusive)` },
    { label: 'Status', value: STATUS_TITLES[c.status] ?? c.status },
    ...refs.map((value) => ({ label: 'Reference', value })),
    { label: 'Prepared by', value: data.preparedBy },
    { label: 'Generated at', value: bothTimes(meta.generatedAt) },
    { label: 'Pack id', value: meta.packId, mono: true },
    { label: 'Made with', value: `Bulwark ${data.appVersion}` },
    {
      label: 'Classifier',
      value: data.classifierVersions.length ? data.classifierVersions.join(', ') : 'No machine labels',
      mono: true,
    },
  ];
  if (redaction.options.length)
    cover.push({ label: 'Redacted', value: `Yes: ${redaction.options.join(' and ')} (see below)` });
  const caseFacts: Field[] = [];
  if (c.createdAt)
    caseFacts.push({ label: 'Opened', value: `${bothTimes(c.createdAt)} by ${c.createdBy ?? 'staff'}` });
  if (c.campaign) caseFacts.push({ label: 'Campaign', value: c.campaign });
  if (c.selection) caseFacts.push({ label: 'Posts chosen by', value: c.selection });
  if (c.notes) caseFacts.push({ label: 'Case notes', value: c.notes });
  const postsPerImport = new Map<number, number>();
  for (const p of data.posts)
    if (p.importId !== null) postsPerImport.set(p.importId, (postsPerImport.get(p.importId) ?? 0) + 1);
  const posts = data.posts.map((p, i) => ({
    n: i + 1,
    post: p,
    heading: `${i + 1}. ${platformName(p.platform)} · ${p.authorHandle ? `@${p.authorHandle}` : 'unknown author'} · ${utcText(p.createdAt)}`,
    fields: postFields(p, imports),
    law: postLawNotes(p, summary.repeatAuthors),
    rawSha256: meta.rawHashes[i] ?? '',
  }));
  const usedLaw = new Set(posts.flatMap((p) => p.law.map((l) => l.title)));
  return {
    title: `Evidence pack: ${c.title}`,
    cover,
    summary,
    chart: chartGeometry(summary),
    chartCaption: `Posts per ${summary.unit} by severity, ${period(summary)} (UTC)`,
    redaction,
    caseFacts,
    timeline: c.timeline.map((e) => ({ when: bothTimes(e.at), who: e.actor, what: e.text })),
    importsTable: data.imports.map((i) => ({
      file: i.fileName,
      sha256: i.fileSha256 ?? 'not recorded',
      at: utcText(i.importedAt),
      posts: postsPerImport.get(i.id) ?? 0,
    })),
    campaigns: data.campaigns,
    lawNotes: ALL_LAW_NOTES.filter((n) => usedLaw.has(n.title)),
    lawCaveat: LEGAL_CAVEAT,
    posts,
    verifyText: [
      'manifest.json lists the SHA-256 of every file in this pack and of every post’s raw record (one line each in posts.jsonl, exactly as imported).',
      'To check that nothing has changed, run: bulwark verify-pack <this pack>.zip — or compute the SHA-256 of each file yourself and compare it with manifest.json.',
      'Times are given in UTC and in UK time (GMT or BST). Text is verbatim; characters the PDF font cannot draw (emoji, some scripts) are shown in report.pdf as their code, e.g. [emoji U+1F480] or [flag GB] — report.html, posts.csv and posts.jsonl hold the exact text.',
    ],
  };
}
