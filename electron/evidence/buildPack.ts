/**
 * Builds an evidence pack from collected data: redaction, posts.jsonl, posts.csv, the pack id,
 * report.html, report.pdf, README.txt, manifest.json, then the ZIP. `generatedAt` is the only input
 * that varies between two exports of the same case, and it is injectable: with the same value the
 * ZIP is byte-identical.
 */
import type { RedactOption } from '../api/types';
import { renderCsv } from './csv';
import { renderHtml } from './html';
import { renderJsonl, sha256Hex } from './jsonl';
import { buildManifest, MANIFEST_FILE, manifestPosts, packIdFor, type ManifestFile } from './manifest';
import { renderPdf } from './pdf';
import { readmeText } from './readme';
import { redact } from './redact';
import { buildReportModel } from './reportModel';
import type { PackData } from './types';
import { writeZip } from './zip';

export interface BuildOptions {
  /** ISO time written into the pack (default: now). */
  generatedAt?: string;
  redact?: RedactOption[];
  onProgress?: (done: number, total: number, message: string) => void;
}

export interface BuiltPack {
  zip: Uint8Array;
  packId: string;
  generatedAt: string;
  files: ManifestFile[];
  posts: number;
  redacted: RedactOption[];
}

/** Order of files in the ZIP (and in the manifest). */
export const PACK_FILES = ['README.txt', 'report.pdf', 'report.html', 'posts.csv', 'posts.jsonl'] as const;

export async function buildPack(input: PackData, opts: BuildOptions = {}): Promise<BuiltPack> {
  const generatedAt = new Date(opts.generatedAt ?? Date.now()).toISOString();
  const progress = opts.onProgress ?? (() => undefined);
  const total = input.posts.length + 20;
  progress(0, total, 'Preparing the records');
  const { data, summary: redaction } = redact(input, opts.redact ?? []);
  const jsonl = renderJsonl(data);
  const csv = renderCsv(data, jsonl.hashes);
  const packId = packIdFor([
    sha256Hex(jsonl.text),
    sha256Hex(csv),
    JSON.stringify(data.case),
    data.preparedBy,
    redaction.options.join(','),
  ]);
  const model = buildReportModel(data, redaction, { packId, generatedAt, rawHashes: jsonl.hashes });
  progress(5, total, 'Writing report.html');
  const html = renderHtml(model);
  progress(10, total, 'Writing report.pdf');
  const pdf = await renderPdf(model, { generatedAt, packId }, (done) =>
    progress(10 + done, total, `Writing report.pdf (post ${done.toLocaleString('en-GB')})`),
  );
  const enc = new TextEncoder();
  const contents: Record<(typeof PACK_FILES)[number], Uint8Array> = {
    'README.txt': enc.encode(readmeText(model, generatedAt)),
    'report.pdf': new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
    'report.html': enc.encode(html),
    'posts.csv': enc.encode(csv),
    'posts.jsonl': enc.encode(jsonl.text),
  };
  const files: ManifestFile[] = PACK_FILES.map((name) => ({
    name,
    bytes: contents[name].byteLength,
    sha256: sha256Hex(contents[name]),
  }));
  const manifest = buildManifest({
    data,
    packId,
    generatedAt,
    redaction,
    files,
    posts: manifestPosts(data, jsonl.hashes, jsonl.encoded),
  });
  progress(total - 5, total, 'Packing the ZIP');
  const zip = writeZip([
    ...PACK_FILES.map((name) => ({ name, data: contents[name] })),
    { name: MANIFEST_FILE, data: enc.encode(manifest) },
  ]);
  progress(total, total, 'Done');
  return { zip, packId, generatedAt, files, posts: data.posts.length, redacted: redaction.options };
}
